namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>How a model's token vectors become one sentence vector.</summary>
public enum EmbeddingPooling
{
    /// <summary>The vector of the first token ([CLS]).</summary>
    Cls,

    /// <summary>The average of the vectors of all real (non-padding) tokens.</summary>
    Mean,
}
