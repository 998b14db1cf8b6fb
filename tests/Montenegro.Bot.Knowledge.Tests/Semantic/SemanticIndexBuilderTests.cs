using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Tests.Semantic;

[Collection(ArcticEmbedderCollection.Name)]
public sealed class SemanticIndexBuilderTests(ArcticEmbedderFixture fixture) : IDisposable
{
    private static readonly (string Id, string Text)[] Passages =
    [
        ("nato/lead/1", "Montenegro officially joined NATO on 5 June 2017."),
        ("relations/china/3", "In 2015, total trade between the two countries amounted to 160,385,964 euros."),
        ("relations/russia/2", "The failed Russian military coup in October 2016 aiming to stop Montenegro seeking NATO membership was a turning point."),
        ("vote/1", "The resolution passed with 44 votes in favor, five against, and two abstentions."),
    ];

    private readonly TemporaryDirectory _cacheDirectory = new();

    public void Dispose() => _cacheDirectory.Dispose();

    [Fact]
    public async Task The_nearest_passage_to_a_paraphrase_is_the_one_that_answers_it()
    {
        var search = new SemanticSearch(fixture.Embedder, Build());

        var hits = await search.SearchAsync("When did Montenegro enter the North Atlantic alliance?", 2);

        Assert.Equal("nato/lead/1", hits[0].PassageId);
        Assert.True(hits[0].Similarity > hits[1].Similarity);
    }

    [Fact]
    public async Task The_similarity_of_a_question_to_any_passage_can_be_asked_by_id()
    {
        var search = new SemanticSearch(fixture.Embedder, Build());
        var query = await search.EncodeQueryAsync("Who tried to overthrow the government in 2016?");

        var coup = search.Similarity(query, "relations/russia/2");
        var trade = search.Similarity(query, "relations/china/3");

        Assert.NotNull(coup);
        Assert.NotNull(trade);
        Assert.True(coup > trade);
        Assert.Equal(search.Search(query, 1)[0].Similarity, coup!.Value, 5);
        Assert.Null(search.Similarity(query, "no/such/passage"));
    }

    [Fact]
    public void A_second_build_over_the_same_passages_encodes_nothing()
    {
        var first = Build();
        var second = Build();

        Assert.Equal(Passages.Length, first.PassagesEncoded);
        Assert.Equal(0, second.PassagesEncoded);
        Assert.Equal(Passages.Length, second.PassagesFromCache);
        foreach (var (id, _) in Passages)
        {
            VectorAssert.Close(first.VectorOf(id), second.VectorOf(id));
        }
    }

    [Fact]
    public void Only_a_changed_passage_is_encoded_again()
    {
        Build();
        var changed = Passages.ToArray();
        changed[1] = (changed[1].Id, "In 2016, trade between the two countries grew.");

        var rebuilt = Build(changed);

        Assert.Equal(1, rebuilt.PassagesEncoded);
        Assert.Equal(Passages.Length - 1, rebuilt.PassagesFromCache);
        VectorAssert.Close(fixture.Embedder.Embed(changed[1].Text, EmbeddingPurpose.Passage), rebuilt.VectorOf(changed[1].Id));
    }

    public static TheoryData<string> Damages => new() { "garbage", "truncated", "one byte flipped", "empty" };

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_cache_file_is_ignored_and_rewritten(string damage)
    {
        var first = Build();
        var file = new VectorCache(_cacheDirectory.Path).FileFor(fixture.Embedder.CacheIdentity);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "garbage" => Enumerable.Range(0, bytes.Length).Select(i => (byte)(i * 31)).ToArray(),
            "truncated" => bytes[..(bytes.Length / 2)],
            "one byte flipped" => bytes.Select((b, i) => i == bytes.Length / 2 ? (byte)(b ^ 0x40) : b).ToArray(),
            _ => [],
        });

        var recovered = Build();
        var afterRecovery = Build();

        Assert.Equal(Passages.Length, recovered.PassagesEncoded);
        Assert.Equal(0, afterRecovery.PassagesEncoded);
        VectorAssert.Close(first.VectorOf("vote/1"), recovered.VectorOf("vote/1"));
    }

    [Fact]
    public void Vectors_cached_for_another_model_are_not_reused()
    {
        var cache = new VectorCache(_cacheDirectory.Path);
        var key = VectorCache.KeyOf("some-other-model", Passages[0].Text);
        var identityKey = VectorCache.KeyOf(fixture.Embedder.CacheIdentity, Passages[0].Text);
        Assert.NotEqual(key, identityKey);

        var vector = new float[384];
        vector[0] = 1;
        Assert.True(cache.Save("some-other-model", 384, [new(key, vector)]));

        Assert.Equal(Passages.Length, Build().PassagesEncoded);
        Assert.Single(cache.Load("some-other-model", 384));
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_written_only_costs_the_reuse()
    {
        // A file where the folder should be: neither it nor anything under it can be created.
        var blocked = Path.Combine(_cacheDirectory.Path, "blocked");
        File.WriteAllText(blocked, "not a folder");
        var builder = new SemanticIndexBuilder(fixture.Embedder, new VectorCache(Path.Combine(blocked, "vectors")));

        var first = builder.Build(Passages);
        var second = builder.Build(Passages);

        Assert.Equal(Passages.Length, first.Count);
        Assert.Equal(Passages.Length, second.PassagesEncoded);
    }

    [Fact]
    public async Task Processes_building_at_once_leave_a_whole_cache_file()
    {
        var variants = Enumerable.Range(0, 6)
            .Select(v => Passages.Select(p => (p.Id, v % 2 == 0 ? p.Text : p.Text + " (revised)")).ToArray())
            .ToArray();
        using var start = new ManualResetEventSlim();

        // Separate cache objects, as separate processes would have, all writing the same file.
        var builds = variants.Select(v => Task.Run(() =>
        {
            start.Wait();
            return new SemanticIndexBuilder(fixture.Embedder, new VectorCache(_cacheDirectory.Path)).Build(v);
        })).ToArray();
        start.Set();
        await Task.WhenAll(builds);

        // The last writer wins, whole: the file holds exactly one variant's vectors.
        var loaded = new VectorCache(_cacheDirectory.Path).Load(fixture.Embedder.CacheIdentity, 384);
        Assert.Empty(Directory.GetFiles(_cacheDirectory.Path, "*.tmp"));
        var keysOf = variants.Take(2)
            .Select(v => v.Select(p => VectorCache.KeyOf(fixture.Embedder.CacheIdentity, p.Item2)).ToHashSet())
            .ToArray();
        Assert.Contains(keysOf, keys => keys.SetEquals(loaded.Keys));
    }

    [Fact]
    public async Task No_passages_make_an_empty_index_that_finds_nothing()
    {
        var search = new SemanticSearch(fixture.Embedder, Build([]));

        Assert.Equal(0, search.Index.Count);
        Assert.Empty(await search.SearchAsync("When did Montenegro join NATO?", 5));
    }

    [Fact]
    public void Passage_ids_must_be_distinct()
    {
        (string, string)[] duplicated = [("a", "one"), ("a", "two")];
        var error = Assert.Throws<ArgumentException>(() => Build(duplicated));
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passages_with_the_same_text_are_encoded_once()
    {
        (string, string)[] twins = [("a", "Montenegro joined NATO."), ("b", "Montenegro joined NATO.")];
        var index = Build(twins);

        Assert.Equal(1, index.PassagesEncoded);
        VectorAssert.Close(index.VectorOf("a"), index.VectorOf("b"));
    }

    private SemanticIndex Build(IReadOnlyList<(string Id, string Text)>? passages = null) =>
        new SemanticIndexBuilder(fixture.Embedder, new VectorCache(_cacheDirectory.Path)).Build(passages ?? Passages);
}
