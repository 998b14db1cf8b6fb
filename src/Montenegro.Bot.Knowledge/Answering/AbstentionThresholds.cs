using System.Text.Json;
using System.Text.Json.Serialization;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The similarities above which an answer found by meaning alone is given, fitted on labelled questions by
/// <c>tests/eval/fit_thresholds.py</c> and kept in <c>data/abstention.json</c> (not picked by hand).
/// </summary>
/// <param name="FactSimilarity">Least cosine similarity of the question and a fact's statement.</param>
/// <param name="PassageSimilarity">Least cosine similarity of the question and a passage.</param>
/// <param name="ParaphraseSimilarity">
/// Least cosine similarity of the question and a text that covers it but for words no source uses (see
/// <see cref="Paraphrase"/>); above 1 (the default) no such text is an answer.
/// </param>
public sealed record AbstentionThresholds(double FactSimilarity, double PassageSimilarity, double ParaphraseSimilarity = AbstentionThresholds.Off)
{
    /// <summary>A threshold no cosine similarity reaches.</summary>
    public const double Off = 1.01;

    /// <summary>The file inside the data directory.</summary>
    public const string FileName = "abstention.json";

    /// <summary>Used when the file is missing: high enough that meaning alone answers almost nothing.</summary>
    public static AbstentionThresholds Default { get; } = new(0.9, 0.9, Off);

    /// <summary>Reads <paramref name="path"/>; a missing file gives <see cref="Default"/>.</summary>
    public static AbstentionThresholds Load(string path) =>
        DataFileJson.Read(path, AbstentionJsonContext.Default.AbstentionThresholds) ?? Default;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(AbstentionThresholds))]
internal sealed partial class AbstentionJsonContext : JsonSerializerContext;
