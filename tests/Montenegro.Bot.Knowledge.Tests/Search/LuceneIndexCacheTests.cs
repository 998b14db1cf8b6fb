using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Knowledge.Search;
using Montenegro.Bot.Knowledge.Tests.Sources;

namespace Montenegro.Bot.Knowledge.Tests.Search;

public sealed class LuceneIndexCacheTests : IDisposable
{
    private static readonly IndexedDocument[] Documents =
    [
        new("note/1", IndexedDocumentKind.Passage, "Iceland recognised Montenegro on 20 June 2006.", "Iceland and Montenegro"),
        new("note/2", IndexedDocumentKind.Passage, "The two countries established diplomatic relations on 26 June 2006.", "Iceland and Montenegro"),
        new("note/3", IndexedDocumentKind.Passage, "Montenegro joined NATO on 5 June 2017.", "NATO"),
        new("fact/1", IndexedDocumentKind.Fact, "Iceland recognised Montenegro. 20 June 2006.", "Recognition by Iceland"),
    ];

    private readonly KnowledgeAnalyzer _analyzer = new();
    private readonly CacheFolder _cache = new();
    private readonly RecordingLogger _log = new();

    [Fact]
    public void A_restart_over_the_same_documents_opens_the_cached_index_instead_of_rebuilding_it()
    {
        using (var first = Cache().Write(Documents))
        {
            Assert.Equal(IndexOrigin.Built, first.Origin);
        }

        using var second = Cache().Write(Documents);

        Assert.Equal(IndexOrigin.Reopened, second.Origin);
        Assert.StartsWith(_cache.Path, second.Path, StringComparison.Ordinal);
        Assert.Equal("note/1", second.SearchPassages(Terms("When did Iceland recognise Montenegro?"), 3)[0].Id);
        Assert.Equal("fact/1", Assert.Single(second.SearchFacts(Terms("Iceland recognition"), 3)).Id);
        Assert.Single(_cache.Folders);
        Assert.Empty(_log.Problems);
    }

    [Fact]
    public void A_reopened_index_ranks_and_scores_exactly_like_one_built_in_memory()
    {
        using var inMemory = new InMemoryIndexWriter(_analyzer).Write(Documents);
        Cache().Write(Documents).Dispose();
        using var reopened = Cache().Write(Documents);

        foreach (var question in new[] { "Iceland", "diplomatic relations 2006", "When did Montenegro join NATO?", "June" })
        {
            Assert.Equal(inMemory.SearchPassages(Terms(question), 10), reopened.SearchPassages(Terms(question), 10));
            Assert.Equal(inMemory.SearchFacts(Terms(question), 10), reopened.SearchFacts(Terms(question), 10));
        }
    }

    [Fact]
    public void Changed_sources_get_a_new_index_and_the_stale_one_is_deleted()
    {
        Cache().Write(Documents).Dispose();
        var before = Assert.Single(_cache.Folders);
        var edited = Documents.Select(d => d.Id == "note/3" ? d with { Text = "Montenegro joined the Council of Europe on 11 May 2007." } : d).ToArray();

        using var retriever = Cache().Write(edited);

        Assert.Equal(IndexOrigin.Built, retriever.Origin);
        Assert.Equal("note/3", retriever.SearchPassages(Terms("Council of Europe"), 3)[0].Id);
        Assert.NotEqual(before, Assert.Single(_cache.Folders));
    }

    [Fact]
    public void A_changed_heading_or_kind_alone_also_gets_a_new_index()
    {
        Cache().Write(Documents).Dispose();
        var relabelled = Documents.Select(d => d.Id == "note/1" ? d with { Heading = "Recognitions" } : d).ToArray();
        var retyped = Documents.Select(d => d.Id == "fact/1" ? d with { Kind = IndexedDocumentKind.Passage } : d).ToArray();

        using var afterHeading = Cache().Write(relabelled);
        Assert.Equal(IndexOrigin.Built, afterHeading.Origin);
        Assert.Equal("note/1", afterHeading.SearchPassages(Terms("recognitions"), 3)[0].Id);

        using var afterKind = Cache().Write(retyped);
        Assert.Equal(IndexOrigin.Built, afterKind.Origin);
        Assert.Empty(afterKind.SearchFacts(Terms("Iceland"), 3));
    }

    [Fact]
    public void A_corrupt_cached_index_is_rebuilt_with_one_warning_and_still_answers()
    {
        Cache().Write(Documents).Dispose();
        var folder = Path.Combine(_cache.Path, Assert.Single(_cache.Folders));
        var largest = new DirectoryInfo(folder).GetFiles().Where(f => f.Name != LuceneIndexCache.CompletionFile).MaxBy(f => f.Length)!;
        var bytes = File.ReadAllBytes(largest.FullName);
        for (var i = bytes.Length / 3; i < bytes.Length / 3 + 16; i++)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(largest.FullName, bytes);

        using var retriever = Cache().Write(Documents);

        Assert.Equal(IndexOrigin.Rebuilt, retriever.Origin);
        var warning = Assert.Single(_log.Problems);
        Assert.Contains(folder, warning, StringComparison.Ordinal);
        Assert.Equal("note/3", retriever.SearchPassages(Terms("NATO"), 3)[0].Id);
        using var afterwards = Cache().Write(Documents);
        Assert.Equal(IndexOrigin.Reopened, afterwards.Origin);
    }

    [Fact]
    public void A_truncated_index_file_is_rebuilt()
    {
        Cache().Write(Documents).Dispose();
        var folder = Path.Combine(_cache.Path, Assert.Single(_cache.Folders));
        var largest = new DirectoryInfo(folder).GetFiles().Where(f => f.Name != LuceneIndexCache.CompletionFile).MaxBy(f => f.Length)!;
        using (var stream = largest.Open(FileMode.Open))
        {
            stream.SetLength(largest.Length / 2);
        }

        using var retriever = Cache().Write(Documents);

        Assert.Equal(IndexOrigin.Rebuilt, retriever.Origin);
        Assert.Equal(Documents.Length, retriever.DocumentCount);
    }

    [Fact]
    public void An_index_whose_build_never_finished_is_not_opened()
    {
        Cache().Write(Documents).Dispose();
        var folder = Path.Combine(_cache.Path, Assert.Single(_cache.Folders));
        File.Delete(Path.Combine(folder, LuceneIndexCache.CompletionFile));

        using var retriever = Cache().Write(Documents);

        Assert.Equal(IndexOrigin.Rebuilt, retriever.Origin);
        Assert.Contains(LuceneIndexCache.CompletionFile, Assert.Single(_log.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cache_directory_that_cannot_be_created_leaves_the_index_in_memory_with_one_warning()
    {
        Directory.CreateDirectory(_cache.Path);
        var blocked = Path.Combine(_cache.Path, "not-a-folder");
        File.WriteAllText(blocked, "a file where the cache directory should be");

        using var retriever = new LuceneIndexCache(_analyzer, blocked, _log).Write(Documents);

        Assert.Null(retriever.Path);
        Assert.Equal("note/1", retriever.SearchPassages(Terms("Iceland"), 3)[0].Id);
        Assert.Contains(blocked, Assert.Single(_log.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replicas_building_the_same_index_at_once_all_search_it_and_leave_one_folder()
    {
        using var start = new Barrier(3);
        var retrievers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return Cache().Write(Documents);
        })));

        foreach (var retriever in retrievers)
        {
            using (retriever)
            {
                Assert.Equal("note/2", retriever.SearchPassages(Terms("diplomatic relations"), 3)[0].Id);
            }
        }

        Assert.Single(_cache.Folders);
    }

    [Fact]
    public void A_build_abandoned_over_an_hour_ago_is_cleared_away_and_a_recent_one_is_left_alone()
    {
        var now = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(now);
        var abandoned = Path.Combine(_cache.Path, "0123.building-dead");
        var running = Path.Combine(_cache.Path, "4567.building-live");
        Directory.CreateDirectory(abandoned);
        Directory.CreateDirectory(running);
        Directory.SetLastWriteTimeUtc(abandoned, now.UtcDateTime.AddHours(-2));
        Directory.SetLastWriteTimeUtc(running, now.UtcDateTime.AddMinutes(-5));

        using var retriever = new LuceneIndexCache(_analyzer, _cache.Path, _log, time).Write(Documents);

        Assert.DoesNotContain("0123.building-dead", _cache.Folders);
        Assert.Contains("4567.building-live", _cache.Folders);
    }

    [Fact]
    public void An_empty_query_or_a_count_of_zero_finds_nothing()
    {
        using var retriever = Cache().Write(Documents);

        Assert.Empty(retriever.SearchPassages([], 5));
        Assert.Empty(retriever.SearchPassages(Terms("Iceland"), 0));
    }

    public void Dispose()
    {
        _analyzer.Dispose();
        _cache.Dispose();
    }

    private LuceneIndexCache Cache() => new(_analyzer, _cache.Path, _log);

    private List<string> Terms(string text) => _analyzer.Terms(text);
}
