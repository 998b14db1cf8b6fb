namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// Lexical retrieval over the indexed passages and facts: the seam between the answer engine and the
/// engine that holds the index. Queries are analyzed terms (from <see cref="KnowledgeAnalyzer"/>), never
/// query syntax, so any implementation that indexed the text with the same analyzer chain matches the
/// same tokens. The in-process implementation is <see cref="LuceneRetriever"/>; an external search engine
/// would be another, built by its own <see cref="IRetrievalIndexWriter"/>.
/// </summary>
/// <remarks>Implementations are immutable once built and safe to search from many threads at once.</remarks>
public interface IRetriever : IDisposable
{
    /// <summary>The number of passages and facts searched.</summary>
    int DocumentCount { get; }

    /// <summary>At most <paramref name="count"/> passages that best match <paramref name="terms"/>, best first, with BM25 scores.</summary>
    IReadOnlyList<SearchHit> SearchPassages(IReadOnlyCollection<string> terms, int count);

    /// <summary>At most <paramref name="count"/> facts that best match <paramref name="terms"/>, best first, with BM25 scores.</summary>
    IReadOnlyList<SearchHit> SearchFacts(IReadOnlyCollection<string> terms, int count);
}
