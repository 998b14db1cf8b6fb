using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Tests.Semantic;

/// <summary>The shipped model (arctic-embed-xs), loaded once from its package for every test class that needs it.</summary>
public sealed class ArcticEmbedderFixture : IDisposable
{
    private readonly TemporaryDirectory _modelCache = new();

    public ArcticEmbedderFixture()
    {
        Embedder = SentenceEmbedder.Load(EmbeddingModel.ArcticXs, new SentenceEmbedderOptions { ModelCacheDirectory = _modelCache.Path });
    }

    public SentenceEmbedder Embedder { get; }

    /// <summary>Where the fixture's model was unpacked.</summary>
    public string ModelCacheDirectory => _modelCache.Path;

    public void Dispose()
    {
        Embedder.Dispose();
        _modelCache.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ArcticEmbedderCollection : ICollectionFixture<ArcticEmbedderFixture>
{
    public const string Name = "arctic-embedder";
}
