namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>How the model's weights are stored and computed with.</summary>
public enum EmbeddingPrecision
{
    /// <summary>
    /// The matrix multiplications run on 8-bit weights (one scale per output column) with activations
    /// quantized on the fly; the word-embedding table is kept as 8-bit rows (one scale per row) and the
    /// other weights as 16-bit floats. About 2.5 times faster per query than <see cref="Float32"/>, a quarter
    /// of its size on disk and 60 MB less in memory, with the same retrieval on our paraphrase set
    /// (measured: README.md).
    /// </summary>
    Int8,

    /// <summary>The weights are stored as 16-bit floats and computed with in 32 bits: the same results as <see cref="Float32"/> within rounding, from a file half the size.</summary>
    Float16Storage,

    /// <summary>The model as published.</summary>
    Float32,
}
