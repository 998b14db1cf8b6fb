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

    private KnowledgeSemantics(SentenceEmbedder embedder, ISemanticSearch search)
    {
        _embedder = embedder;
        Search = search;
    }

    /// <summary>The search over passages and facts.</summary>
    public ISemanticSearch Search { get; }

    /// <summary>Loads the model and indexes <paramref name="knowledge"/>, reusing cached vectors in <paramref name="cacheDirectory"/>.</summary>
    public static KnowledgeSemantics Build(KnowledgeBase knowledge, string? cacheDirectory, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        var directory = cacheDirectory ?? SemanticDefaults.CacheDirectory;
        var embedder = SentenceEmbedder.Load(EmbeddingModel.ArcticXs, new SentenceEmbedderOptions { ModelCacheDirectory = directory }, loggerFactory?.CreateLogger<SentenceEmbedder>());
        try
        {
            var items = knowledge.Passages.Where(p => p.IsAnswerable).Select(p => (p.Id, p.Text))
                .Concat(knowledge.Facts.Select(f => (FactPrefix + f.Id, f.Statement)))
                .ToList();
            var index = new SemanticIndexBuilder(embedder, new VectorCache(directory, loggerFactory?.CreateLogger<VectorCache>()), loggerFactory?.CreateLogger<SemanticIndexBuilder>())
                .Build(items, cancellationToken);
            return new KnowledgeSemantics(embedder, new SemanticSearch(embedder, index));
        }
        catch
        {
            embedder.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _embedder.Dispose();
}
