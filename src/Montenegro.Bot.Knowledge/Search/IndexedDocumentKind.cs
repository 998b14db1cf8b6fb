namespace Montenegro.Bot.Knowledge.Search;

/// <summary>What an indexed document is.</summary>
public enum IndexedDocumentKind
{
    /// <summary>A passage of a source.</summary>
    Passage,

    /// <summary>A curated or derived fact.</summary>
    Fact,
}
