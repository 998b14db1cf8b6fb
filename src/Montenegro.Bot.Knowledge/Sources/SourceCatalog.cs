using System.Text.Json;

namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>
/// Which files in the data folder are sources: the entries of <c>sources.json</c>, each with the line it
/// starts on, and the text, Markdown and HTML files that no entry names.
/// </summary>
internal static class SourceCatalog
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The file extensions the loader reads, and whether it reads them as Markdown, HTML or plain text.</summary>
    public static SourceFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".txt" => SourceFormat.Text,
        ".md" or ".markdown" => SourceFormat.Markdown,
        ".html" or ".htm" or ".xhtml" => SourceFormat.Html,
        _ => null,
    };

    /// <summary>Reads the entries of the catalogue; a file that is not a JSON array of entries with a "file" fails the load.</summary>
    public static List<(SourceEntry Entry, int Line)> ReadEntries(string path, byte[] json)
    {
        var entries = new List<(SourceEntry, int)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var body = json.AsSpan();
            if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                body = body[3..];
            }

            var reader = new Utf8JsonReader(body, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new KnowledgeLoadException(path, reader.TokenType == JsonTokenType.None ? 0 : LineAt(body, reader.TokenStartIndex), "expected a JSON array of sources");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = LineAt(body, reader.TokenStartIndex);
                var entry = reader.TokenType == JsonTokenType.StartObject ? JsonSerializer.Deserialize(ref reader, DataJsonContext.Default.SourceEntry) : null;
                if (entry is null)
                {
                    throw new KnowledgeLoadException(path, line, "expected an object with at least a \"file\"");
                }

                if (string.IsNullOrWhiteSpace(entry.File))
                {
                    throw new KnowledgeLoadException(path, line, "the source has no \"file\"");
                }

                if (entry.Id is not null && (entry.Id.Length == 0 || entry.Id.Contains('/', StringComparison.Ordinal) || entry.Id.Any(char.IsWhiteSpace)))
                {
                    throw new KnowledgeLoadException(path, line, $"source id '{entry.Id}' must be a non-empty word without '/' or spaces");
                }

                entry = entry with { Id = entry.Id ?? Slug.From(Path.GetFileNameWithoutExtension(entry.File)) };
                if (!ids.Add(entry.Id!))
                {
                    throw new KnowledgeLoadException(path, line, $"duplicate source id '{entry.Id}'");
                }

                entries.Add((entry, line));
            }
        }
        catch (JsonException e)
        {
            throw new KnowledgeLoadException(path, (int)(e.LineNumber ?? -1) + 1, $"invalid JSON ({e.Message})");
        }

        return entries;
    }

    /// <summary>The source files directly in <paramref name="dataPath"/> that no entry names, by name; hidden and editor backup files are not sources.</summary>
    public static IEnumerable<string> UnlistedFiles(string dataPath, IReadOnlySet<string> listedFullPaths) =>
        Directory.EnumerateFiles(dataPath)
            .Where(f => FormatOf(f) is not null)
            .Where(f => Path.GetFileName(f) is var name && !name.StartsWith('.') && !name.StartsWith('#') && !name.StartsWith('~'))
            .Where(f => !listedFullPaths.Contains(Path.GetFullPath(f)))
            .Order(StringComparer.Ordinal);

    private static int LineAt(ReadOnlySpan<byte> json, long index) => json[..(int)index].Count((byte)'\n') + 1;
}
