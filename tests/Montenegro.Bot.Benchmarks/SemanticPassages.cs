namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// The passages the semantic benchmark encodes: every line of data/*.txt longer than 30 characters that
/// is not a <c>=</c> heading (paragraphs, table rows, list intros), 113 of them. Deliberately independent of
/// the engine's own passage splitter, so the figures do not move when it changes.
/// </summary>
internal static class SemanticPassages
{
    public static IReadOnlyList<(string Id, string Text)> Load()
    {
        var passages = new List<(string Id, string Text)>();
        foreach (var path in Directory.GetFiles(BenchmarkData.DataPath, "*.txt").Order(StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                var text = line.Trim();
                if (text.Length > 30 && !text.StartsWith('='))
                {
                    passages.Add(($"{Path.GetFileNameWithoutExtension(path)}:{lineNumber}", text));
                }
            }
        }

        return passages;
    }
}
