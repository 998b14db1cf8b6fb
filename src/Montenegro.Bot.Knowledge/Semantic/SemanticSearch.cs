using System.Numerics.Tensors;

namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>Retrieval by meaning: an embedder for questions over a built <see cref="SemanticIndex"/>.</summary>
public sealed class SemanticSearch : ISemanticSearch
{
    private readonly SentenceEmbedder _embedder;

    /// <summary>Searches <paramref name="index"/>, which must have been built with <paramref name="embedder"/>'s model.</summary>
    public SemanticSearch(SentenceEmbedder embedder, SemanticIndex index)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(index);
        if (index.Dimensions != embedder.Model.Dimensions)
        {
            throw new ArgumentException($"The index holds {index.Dimensions}-dimensional vectors; {embedder.Model.Id} makes {embedder.Model.Dimensions}.", nameof(index));
        }

        _embedder = embedder;
        Index = index;
    }

    /// <inheritdoc />
    public SemanticIndex Index { get; }

    /// <inheritdoc />
    public IReadOnlySet<string> Words => _embedder.Words;

    /// <summary>Cosine similarity of two unit-length vectors of the same model.</summary>
    public static float Similarity(ReadOnlySpan<float> left, ReadOnlySpan<float> right) => TensorPrimitives.Dot(left, right);

    /// <inheritdoc />
    public ValueTask<SemanticQuery> EncodeQueryAsync(string question, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        question ??= string.Empty;
        return ValueTask.FromResult(new SemanticQuery(question, _embedder.Embed(question, EmbeddingPurpose.Query)));
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<SemanticHit>> SearchAsync(string question, int k, CancellationToken cancellationToken = default) =>
        Search(await EncodeQueryAsync(question, cancellationToken).ConfigureAwait(false), k);

    /// <inheritdoc />
    public IReadOnlyList<SemanticHit> Search(SemanticQuery query, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Index.Search(query.Vector.Span, k);
    }

    /// <inheritdoc />
    public float? Similarity(SemanticQuery query, string passageId)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(passageId);
        return Index.Similarity(query.Vector.Span, passageId);
    }

    /// <inheritdoc />
    public ValueTask<float[]> EmbedAsync(string text, EmbeddingPurpose purpose, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_embedder.Embed(text ?? string.Empty, purpose));
    }
}
