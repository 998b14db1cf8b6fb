using System.Text.Json.Serialization;

namespace Montenegro.Bot.Knowledge.Language;

// The shape of data/lexicon.json, read with a source-generated serializer.
internal sealed record LexiconFile(MontenegrinSection? Montenegrin, Dictionary<string, string[]>? Cues, EnglishSection? English);

// Everyday English for the words the sources use: "kicked out" for "expelled".
// Synonyms: groups of words or phrases that name one thing ("troops", "soldiers"). Regions: a region's name and the states in it.
internal sealed record EnglishSection(
    LexiconWord[]? Paraphrases,
    string[][]? SpellingVariants = null,
    string[][]? Synonyms = null,
    Dictionary<string, string[]>? Regions = null);

internal sealed record MontenegrinSection(
    string[]? Markers,
    string[]? Drop,
    LexiconWord[]? Words,
    Dictionary<string, LexiconName>? Names,
    string[]? Months,
    Dictionary<string, string[]>? MonthForms);

// Always: an English paraphrase applied even where the sources write the same letters (a spelling such as "the us" for "the US").
internal sealed record LexiconWord(string En, string[]? Forms, string[]? Stems, bool Always = false);

internal sealed record LexiconName(string Name, string? Accusative, string[]? Forms, string[]? Stems, string[]? Phrases);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(LexiconFile))]
internal sealed partial class LexiconJsonContext : JsonSerializerContext;
