using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// Searches a Lucene index of passages and facts with BM25: the in-process <see cref="IRetriever"/>. The index
/// lives in memory (<see cref="InMemoryIndexWriter"/>) or in a cache directory, memory-mapped (<see cref="LuceneIndexCache"/>).
/// Queries are always built in code from analyzed terms: user text is never parsed as query syntax.
/// </summary>
public sealed class LuceneRetriever : IRetriever
{
    private readonly Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Filter _passageFilter = TypeFilter(LuceneSchema.PassageType);
    private readonly Filter _factFilter = TypeFilter(LuceneSchema.FactType);
    private readonly string[] _ids;

    /// <summary>Opens the index in <paramref name="directory"/>, which it then owns; with <paramref name="verify"/>, reads every file once to check its checksum.</summary>
    internal LuceneRetriever(Directory directory, IndexOrigin origin, string? path, bool verify)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        try
        {
            if (verify)
            {
                foreach (var leaf in _reader.Leaves)
                {
                    leaf.AtomicReader.CheckIntegrity();
                }
            }

            _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };

            // The index never changes once built: map document numbers to ids once, not per hit.
            _ids = new string[_reader.MaxDoc];
            var ids = MultiDocValues.GetBinaryValues(_reader, LuceneSchema.IdField)
                ?? throw new CorruptIndexException($"the index in {path ?? "memory"} has no document ids");
            var id = new BytesRef();
            for (var doc = 0; doc < _reader.MaxDoc; doc++)
            {
                ids.Get(doc, id);
                _ids[doc] = id.Length > 0 ? id.Utf8ToString() : throw new CorruptIndexException($"document {doc} of the index in {path ?? "memory"} has no id");
            }
        }
        catch
        {
            _reader.Dispose();
            throw;
        }

        Origin = origin;
        Path = path;
    }

    /// <summary>Whether the index was built now or opened from the cache directory.</summary>
    public IndexOrigin Origin { get; }

    /// <summary>The directory the index is kept in, or null when it lives in memory.</summary>
    public string? Path { get; }

    /// <inheritdoc />
    public int DocumentCount => _reader.NumDocs;

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> SearchPassages(IReadOnlyCollection<string> terms, int count) => Search(terms, _passageFilter, count);

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> SearchFacts(IReadOnlyCollection<string> terms, int count) => Search(terms, _factFilter, count);

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static CachingWrapperFilter TypeFilter(string type) =>
        new(new QueryWrapperFilter(new TermQuery(new Term(LuceneSchema.TypeField, type))));

    private List<SearchHit> Search(IReadOnlyCollection<string> terms, Filter filter, int count)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0 || count <= 0)
        {
            return [];
        }

        var top = _searcher.Search(LuceneTermQuery.For(terms), filter, count);
        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        foreach (var doc in top.ScoreDocs)
        {
            hits.Add(new SearchHit(_ids[doc.Doc], doc.Score));
        }

        return hits;
    }
}
