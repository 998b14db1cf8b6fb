using System.Text.Json.Serialization;

namespace Montenegro.Bot.Knowledge.Extraction;

// The shape of data/predicates.json, read with a source-generated serializer.
internal sealed record PredicateFile(
    PredicateEntry[]? Predicates,
    DomainEntry[]? Domains,
    string[]? RelationsHeadingWords,
    string? RelationsTopic,
    string? FallbackTopic,
    string? PersonTopic,
    string[]? Locations,
    string[]? Pronouns,
    string[]? Roles,
    PollWords? Poll,
    string[]? Counted,
    string[]? Money);

internal sealed record PredicateEntry(
    string? Id,
    string? Topic,
    bool FixedTopic,
    string? Noun,
    string? TopicNoun,
    string? Prep,
    string? Label,
    bool Mutual,
    bool Reporting,
    string? Figures,
    string[]? Verbs,
    string[]? Nouns,
    string[]? Blockers,
    string[]? BlockersAfter,
    string[]? KindOf);

internal sealed record DomainEntry(string? Topic, string? Entity, string[]? Words);

internal sealed record PollWords(string[]? For, string[]? Against, string[]? Undecided, string[]? NotMembership);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(PredicateFile))]
internal sealed partial class PredicateJsonContext : JsonSerializerContext;
