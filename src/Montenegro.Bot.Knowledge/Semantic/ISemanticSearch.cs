namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// Retrieval by meaning over the indexed passages. Encoding runs on the calling thread (a few
/// milliseconds); the asynchronous methods complete synchronously and exist so that an implementation
/// may move off-process without changing its callers.
/// </summary>
public interface ISemanticSearch
{
    /// <summary>The English words the model knows whole (see <see cref="SentenceEmbedder.Words"/>).</summary>
    IReadOnlySet<string> Words { get; }

    /// <summary>The passages searched.</summary>
    SemanticIndex Index { get; }

    /// <summary>Encodes a question once, for <see cref="Search(SemanticQuery, int)"/> and <see cref="Similarity"/>.</summary>
    ValueTask<SemanticQuery> EncodeQueryAsync(string question, CancellationToken cancellationToken = default);

    /// <summary>The <paramref name="k"/> passages closest in meaning to <paramref name="question"/>, best first.</summary>
    ValueTask<IReadOnlyList<SemanticHit>> SearchAsync(string question, int k, CancellationToken cancellationToken = default);

    /// <summary>The <paramref name="k"/> passages closest in meaning to an encoded question, best first.</summary>
    IReadOnlyList<SemanticHit> Search(SemanticQuery query, int k);

    /// <summary>Cosine similarity of an encoded question and passage <paramref name="passageId"/>, or null if it is not indexed.</summary>
    float? Similarity(SemanticQuery query, string passageId);

    /// <summary>Encodes any text (e.g. a sentence of a passage, or a topic) as a unit-length vector.</summary>
    ValueTask<float[]> EmbedAsync(string text, EmbeddingPurpose purpose, CancellationToken cancellationToken = default);
}
