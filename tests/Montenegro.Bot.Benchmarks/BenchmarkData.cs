using System.Text.Json;

namespace Montenegro.Bot.Benchmarks;

/// <summary>Where the benchmarks find the sources and the questions.</summary>
internal static class BenchmarkData
{
    public static string DataPath => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The dev questions from ../shared/eval beside the repository, or MBOT_QUESTIONS.</summary>
    public static IReadOnlyList<string> Questions()
    {
        var path = Environment.GetEnvironmentVariable("MBOT_QUESTIONS") ?? FindUpwards(Path.Combine("shared", "eval", "dev-questions.jsonl"))
            ?? throw new FileNotFoundException("dev-questions.jsonl not found: set MBOT_QUESTIONS to its path");
        return File.ReadLines(path)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!)
            .ToList();
    }

    private static string? FindUpwards(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
