using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// Keeps the Lucene index in a cache directory, memory-mapped, so that a restart over the same documents opens
/// the index instead of rebuilding it. Each index lives in a folder named by <see cref="IndexFingerprint"/> (a hash
/// of the documents, the layout and the analyzer); it is written into a temporary folder beside it and renamed
/// into place only when complete, so a crash mid-build never leaves a half index that looks finished. A cached
/// index that does not open, fails its checksums or holds the wrong number of documents is rebuilt. Indexes of
/// other documents (older versions of the sources) are deleted once the current one is open.
/// </summary>
/// <remarks>
/// Give each data directory its own cache directory: two different corpora sharing one would delete each
/// other's index. Replicas serving the same data may share one, also read-only once an index is in it. When
/// nothing can be written there, the index is built in memory and one warning says why.
/// <para>
/// An index handed out through <see cref="IRetrievalIndexWriter.Write"/> stays on disk while its retriever is open,
/// even once a newer index has been written beside it (a host that reloads its sources keeps answering from the
/// old one until it lets it go); it is deleted when that retriever is disposed.
/// </para>
/// </remarks>
public sealed partial class LuceneIndexCache : IRetrievalIndexWriter
{
    /// <summary>The file written last into a finished index, holding its key and its number of documents.</summary>
    public const string CompletionFile = "index.complete";

    private const string BuildingMarker = ".building-";

    // A temporary folder untouched this long belongs to a build that died, not to one still running elsewhere.
    private static readonly TimeSpan AbandonedBuildAge = TimeSpan.FromHours(1);

    private readonly KnowledgeAnalyzer _analyzer;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    // Guards the two fields below: which indexes this cache has handed out and not yet had back, and the newest.
    private readonly System.Threading.Lock _gate = new();
    private readonly Dictionary<string, int> _openRetrievers = new(StringComparer.Ordinal);
    private string? _newestKey;

    /// <summary>A cache of indexes in <paramref name="directory"/>, created when first needed.</summary>
    public LuceneIndexCache(KnowledgeAnalyzer analyzer, string directory, ILogger? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _analyzer = analyzer;
        Directory = System.IO.Path.GetFullPath(directory);
        _logger = logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The cache directory.</summary>
    public string Directory { get; }

    /// <summary>
    /// Megabytes of documents buffered in memory before a segment is written. More means fewer segments to
    /// merge (a faster build) and a higher memory peak while building.
    /// </summary>
    public double RamBufferMegabytes { get; init; } = 64;

    /// <summary>
    /// Whether a new index is merged into one segment before it is renamed into place: a longer build for
    /// faster queries, which pays off since the index is never written again.
    /// </summary>
    public bool MergeToOneSegment { get; init; } = true;

    /// <summary>
    /// Opens the cached index of <paramref name="documents"/>, or builds it. The documents are enumerated once to
    /// compute the key and, when the index must be built, once more to write it.
    /// </summary>
    public LuceneRetriever Write(IEnumerable<IndexedDocument> documents) => Write(documents, lease: false).Retriever;

    /// <summary>
    /// As <see cref="Write(IEnumerable{IndexedDocument})"/>, and the index stays on disk until the retriever is
    /// disposed, whatever is written after it.
    /// </summary>
    IRetriever IRetrievalIndexWriter.Write(IEnumerable<IndexedDocument> documents)
    {
        var (retriever, key) = Write(documents, lease: true);
        return key is null ? retriever : new LeasedRetriever(retriever, () => Release(key));
    }

    // The key is that of the index leased to the caller, or null when nothing was leased (built in memory, or not asked).
    private (LuceneRetriever Retriever, string? Key) Write(IEnumerable<IndexedDocument> documents, bool lease)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var (key, count) = IndexFingerprint.Of(_analyzer, documents);
        var path = System.IO.Path.Combine(Directory, key);
        var origin = IndexOrigin.Built;
        if (System.IO.Directory.Exists(path))
        {
            var (retriever, problem) = TryOpen(path, key, count, IndexOrigin.Reopened);
            if (retriever is not null)
            {
                LogReopened(_logger, path, count);
                return (retriever, Opened(key, lease));
            }

            LogUnusable(_logger, path, problem!);
            origin = IndexOrigin.Rebuilt;
        }

        string? temporary = null;
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }

            temporary = System.IO.Path.Combine(Directory, $"{key}{BuildingMarker}{Guid.NewGuid():N}");
            Build(temporary, key, count, documents);
            try
            {
                System.IO.Directory.Move(temporary, path);
                temporary = null;
            }
            catch (IOException) when (System.IO.Directory.Exists(path))
            {
                // Another process (a replica sharing the cache) finished the same index first: use theirs.
            }

            var (retriever, problem) = TryOpen(path, key, count, origin);
            if (retriever is null)
            {
                throw new IOException($"the index just written to {path} does not open: {problem}");
            }

            LogBuilt(_logger, path, count);
            return (retriever, Opened(key, lease));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogInMemory(_logger, Directory, ex.Message);
            return (InMemoryIndexWriter.Build(_analyzer, documents, origin), null);
        }
        finally
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }
        }
    }

    private void Build(string path, string key, int expected, IEnumerable<IndexedDocument> documents)
    {
        using (var directory = FSDirectory.Open(path))
        using (var writer = new IndexWriter(directory, LuceneSchema.OnDisk(_analyzer, RamBufferMegabytes)))
        {
            var written = LuceneSchema.AddAll(writer, documents);
            if (written != expected)
            {
                throw new InvalidOperationException($"The documents changed while being indexed: {expected} when counted, {written} when written.");
            }

            if (MergeToOneSegment)
            {
                writer.ForceMerge(1);
            }

            writer.Commit();
        }

        // Written last: a folder without it is an unfinished build.
        File.WriteAllText(System.IO.Path.Combine(path, CompletionFile), string.Create(CultureInfo.InvariantCulture, $"{key} {expected}"));
    }

    private static (LuceneRetriever? Retriever, string? Problem) TryOpen(string path, string key, int expected, IndexOrigin origin)
    {
        var completion = System.IO.Path.Combine(path, CompletionFile);
        string recorded;
        try
        {
            recorded = File.ReadAllText(completion).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{CompletionFile} cannot be read ({ex.Message}); the build that wrote it did not finish");
        }

        if (recorded != string.Create(CultureInfo.InvariantCulture, $"{key} {expected}"))
        {
            return (null, $"{CompletionFile} says \"{recorded}\", not \"{key} {expected}\"");
        }

        var directory = new MMapDirectory(new DirectoryInfo(path), NoLockFactory.GetNoLockFactory());
        try
        {
            var retriever = new LuceneRetriever(directory, origin, path, verify: true);
            if (retriever.DocumentCount == expected)
            {
                return (retriever, null);
            }

            retriever.Dispose();
            return (null, $"it holds {retriever.DocumentCount} documents, not {expected}");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Corrupt bytes surface as many kinds of exception (CorruptIndexException, EndOfStreamException,
            // index out of range...): none of them may stop the bot, which can always rebuild.
            directory.Dispose();
            return (null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    // Records the index just opened as the newest (and leased, if asked), then clears out the others.
    private string? Opened(string key, bool lease)
    {
        lock (_gate)
        {
            _newestKey = key;
            if (lease)
            {
                _openRetrievers[key] = _openRetrievers.GetValueOrDefault(key) + 1;
            }

            DeleteOthers(key);
        }

        return lease ? key : null;
    }

    // A retriever handed out was disposed: its index goes once nothing uses it and a newer one has replaced it.
    private void Release(string key)
    {
        lock (_gate)
        {
            var open = _openRetrievers.GetValueOrDefault(key) - 1;
            if (open > 0)
            {
                _openRetrievers[key] = open;
                return;
            }

            _openRetrievers.Remove(key);
            if (key != _newestKey)
            {
                TryDelete(System.IO.Path.Combine(Directory, key));
            }
        }
    }

    // Called under _gate.
    private void DeleteOthers(string key)
    {
        string[] folders;
        try
        {
            folders = System.IO.Directory.GetDirectories(Directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var folder in folders)
        {
            var name = System.IO.Path.GetFileName(folder);
            var building = name.Contains(BuildingMarker, StringComparison.Ordinal);
            var isIndex = !building && File.Exists(System.IO.Path.Combine(folder, CompletionFile));
            var abandoned = building && _time.GetUtcNow().UtcDateTime - System.IO.Directory.GetLastWriteTimeUtc(folder) > AbandonedBuildAge;
            if (name != key && !_openRetrievers.ContainsKey(name) && (isIndex || abandoned))
            {
                TryDelete(folder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a read-only volume or a file still open elsewhere keeps it, and nothing depends on it going.
        }
    }

    // A retriever that gives its index back to the cache when disposed.
    private sealed class LeasedRetriever(LuceneRetriever inner, Action release) : IRetriever
    {
        private int _disposed;

        public int DocumentCount => inner.DocumentCount;

        public IReadOnlyList<SearchHit> SearchPassages(IReadOnlyCollection<string> terms, int count) => inner.SearchPassages(terms, count);

        public IReadOnlyList<SearchHit> SearchFacts(IReadOnlyCollection<string> terms, int count) => inner.SearchFacts(terms, count);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                inner.Dispose();
                release();
            }
        }
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Opened the search index of {Documents} documents cached in {Path}")]
    private static partial void LogReopened(ILogger logger, string path, int documents);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "Built the search index of {Documents} documents in {Path}")]
    private static partial void LogBuilt(ILogger logger, string path, int documents);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Warning, Message = "The cached search index in {Path} is unusable ({Problem}); rebuilding it")]
    private static partial void LogUnusable(ILogger logger, string path, string problem);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Warning, Message = "Cannot keep the search index in {Directory} ({Problem}); building it in memory instead")]
    private static partial void LogInMemory(ILogger logger, string directory, string problem);
}
