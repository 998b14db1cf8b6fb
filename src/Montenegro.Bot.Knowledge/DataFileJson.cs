using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Montenegro.Bot.Knowledge;

/// <summary>
/// Reads one JSON file of the data directory (<c>abstention.json</c>, <c>unstated.json</c>, <c>predicates.json</c>) the
/// same way: a missing file is no error (the caller falls back to its defaults), a broken or unreadable one is a
/// <see cref="KnowledgeLoadException"/> naming the file and, for broken JSON, the line.
/// </summary>
internal static class DataFileJson
{
    /// <summary>The file's contents, or null when it does not exist or holds JSON <c>null</c>.</summary>
    public static T? Read<T>(string path, JsonTypeInfo<T> type)
        where T : class
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, type);
        }
        catch (JsonException e)
        {
            throw new KnowledgeLoadException(path, (int)(e.LineNumber ?? -1) + 1, $"invalid JSON ({e.Message})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KnowledgeLoadException(path, 0, $"the file cannot be read ({e.Message})", e);
        }
    }
}
