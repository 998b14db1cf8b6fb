namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// The index-building step: turns passages and facts into an <see cref="IRetriever"/> over them. This is
/// where another engine plugs in: an implementation for an external cluster would bulk-load the documents
/// into a new index with the same analyzer chain and return a retriever that queries it.
/// </summary>
public interface IRetrievalIndexWriter
{
    /// <summary>
    /// Indexes <paramref name="documents"/> (or opens an index already built from exactly them) and returns a
    /// retriever over them. The sequence may be enumerated more than once, and must yield the same documents
    /// in the same order each time; ids must be unique.
    /// </summary>
    IRetriever Write(IEnumerable<IndexedDocument> documents);
}
