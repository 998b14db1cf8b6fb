using System.Text.Json.Serialization;

namespace Montenegro.Bot.Knowledge.Sources;

// The shapes of the files in data/, read with source-generated serializers (no reflection at start-up).
// Only "file" is required in sources.json: the loader fills in the rest as it does for an unlisted file.
internal sealed record SourceEntry(
    string? Id, string? File, string? Title, string? Kind, string? Publisher, string? Url, string? Licence, string? Period, string? Notes);

internal sealed record EntityEntry(string Id, string Type, string Name, string[]? Aliases);

internal sealed record FactEntry(
    string? Id,
    string? Topic,
    string? Label,
    string? Passage,
    string? Statement,
    string[]? Entities,
    string? Date,
    string? Iso,
    string? Milestone,
    string? Pollster,
    string? Group,
    string? For,
    string? Against,
    string? Undecided,
    string[]? Evidence,
    string? Reason = null);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(SourceEntry))]
[JsonSerializable(typeof(EntityEntry[]))]
[JsonSerializable(typeof(FactEntry))]
internal sealed partial class DataJsonContext : JsonSerializerContext;
