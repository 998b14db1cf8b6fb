namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>The embedding model could not be loaded: its package assembly is missing, lacks a resource, or ONNX Runtime rejected it.</summary>
public sealed class EmbeddingModelLoadException : Exception
{
    /// <summary>Creates the exception with a one-line message for the operator.</summary>
    public EmbeddingModelLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message for the operator and the underlying failure.</summary>
    public EmbeddingModelLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
