using Microsoft.Extensions.Logging;

namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// Meaning-based retrieval over one knowledge base: its answerable passages and its facts' statements
/// (ids <c>fact:&lt;id&gt;</c>), encoded once and cached on disk.
/// </summary>
public sealed class KnowledgeSemantics : IDisposable
{
    /// <summary>The prefix of fact ids in the semantic index.</summary>
    public const string FactPrefix = "fact:";

    private readonly SentenceEmbedder _embedder;
    private readonly bool _ownsEmbedder;

    private KnowledgeSemantics(SentenceEmbedder embedder, ISemanticSearch search, bool ownsEmbedder)
    {
        _embedder = embedder;
        _ownsEmbedder = ownsEmbedder;
        Search = search;
    }

    /// <summary>The search over passages and facts.</summary>
    public ISemanticSearch Search { get; }

    /// <summary>Loads the embedding model the semantic index uses, converted and cached in <paramref name="cacheDirectory"/>.</summary>
    public static SentenceEmbedder LoadEmbedder(string? cacheDirectory, ILoggerFactory? loggerFactory = null) =>
        SentenceEmbedder.Load(
            EmbeddingModel.ArcticXs,
            new SentenceEmbedderOptions { ModelCacheDirectory = cacheDirectory ?? SemanticDefaults.CacheDirectory },
            loggerFactory?.CreateLogger<SentenceEmbedder>());

    /// <summary>Loads the model and indexes <paramref name="knowledge"/>, reusing cached vectors in <paramref name="cacheDirectory"/>.</summary>
    public static KnowledgeSemantics Build(KnowledgeBase knowledge, string? cacheDirectory, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        var embedder = LoadEmbedder(cacheDirectory, loggerFactory);
        try
        {
            return Build(knowledge, embedder, ownsEmbedder: true, cacheDirectory, loggerFactory, cancellationToken);
        }
        catch
        {
            embedder.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Indexes <paramref name="knowledge"/> with a model loaded before (see <see cref="LoadEmbedder"/>), which the
    /// result uses but does not dispose: one model serves each knowledge base a host reloads.
    /// </summary>
    public static KnowledgeSemantics Build(KnowledgeBase knowledge, SentenceEmbedder embedder, string? cacheDirectory, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default) =>
        Build(knowledge, embedder, ownsEmbedder: false, cacheDirectory, loggerFactory, cancellationToken);

    private static KnowledgeSemantics Build(KnowledgeBase knowledge, SentenceEmbedder embedder, bool ownsEmbedder, string? cacheDirectory, ILoggerFactory? loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(embedder);
        var directory = cacheDirectory ?? SemanticDefaults.CacheDirectory;
        var items = knowledge.Passages.Where(p => p.IsAnswerable).Select(p => (p.Id, p.Text))
            .Concat(knowledge.Facts.Select(f => (FactPrefix + f.Id, f.Statement)))
            .ToList();
        var index = new SemanticIndexBuilder(embedder, new VectorCache(directory, loggerFactory?.CreateLogger<VectorCache>()), loggerFactory?.CreateLogger<SemanticIndexBuilder>())
            .Build(items, cancellationToken);
        return new KnowledgeSemantics(embedder, new SemanticSearch(embedder, index), ownsEmbedder);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsEmbedder)
        {
            _embedder.Dispose();
        }
    }
}
