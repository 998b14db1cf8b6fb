using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Tests.Semantic;

/// <summary>The published model in full precision, loaded once: the reference the 8-bit default is held to, and the batched path.</summary>
public sealed class Float32EmbedderFixture : IDisposable
{
    private readonly TemporaryDirectory _modelCache = new();

    public Float32EmbedderFixture()
    {
        Embedder = SentenceEmbedder.Load(
            EmbeddingModel.ArcticXs,
            new SentenceEmbedderOptions { Precision = EmbeddingPrecision.Float32, ModelCacheDirectory = _modelCache.Path });
    }

    public SentenceEmbedder Embedder { get; }

    public void Dispose()
    {
        Embedder.Dispose();
        _modelCache.Dispose();
    }
}

[Collection(ArcticEmbedderCollection.Name)]
public sealed class Float32EmbedderTests(ArcticEmbedderFixture eightBit, Float32EmbedderFixture published) : IClassFixture<Float32EmbedderFixture>
{
    [Fact]
    public void Eight_bit_weights_give_vectors_close_to_the_published_models()
    {
        Assert.NotEqual(eightBit.Embedder.CacheIdentity, published.Embedder.CacheIdentity);
        foreach (var text in new[] { "When did Montenegro enter the North Atlantic alliance?", "In 2015, total trade between the two countries amounted to 160,385,964 euros.", string.Empty })
        {
            var cosine = SemanticSearch.Similarity(published.Embedder.Embed(text, EmbeddingPurpose.Query), eightBit.Embedder.Embed(text, EmbeddingPurpose.Query));
            Assert.InRange(cosine, 0.99f, 1.0001f);
        }
    }

    [Fact]
    public void Texts_encoded_together_get_the_same_vectors_as_one_at_a_time()
    {
        // Different lengths, so that the short ones are padded within their batch.
        string[] texts =
        [
            "Montenegro officially joined NATO on 5 June 2017.",
            "In 2015, total trade between the two countries amounted to 160,385,964 euros.",
            "NATO",
            string.Concat(Enumerable.Repeat("Montenegro and its neighbours. ", 40)),
            string.Empty,
        ];
        var together = new float[texts.Length * 384];
        published.Embedder.EmbedInto(texts, EmbeddingPurpose.Passage, together, CancellationToken.None);

        for (var i = 0; i < texts.Length; i++)
        {
            VectorAssert.Close(published.Embedder.Embed(texts[i], EmbeddingPurpose.Passage), together.AsSpan(i * 384, 384));
        }
    }
}
