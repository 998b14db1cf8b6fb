namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// What a text is encoded as. Retrieval models trained asymmetrically (arctic-embed) encode a query with
/// an instruction prefix and a passage without one; symmetric models encode both alike.
/// </summary>
public enum EmbeddingPurpose
{
    /// <summary>A user's question, compared against passages.</summary>
    Query,

    /// <summary>A passage of the sources, searched by queries.</summary>
    Passage,
}
