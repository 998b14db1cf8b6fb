using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Tests.Search;

[Collection(KnowledgeCollection.Name)]
public sealed class RetrieverSeamTests(KnowledgeFixture fixture) : IDisposable
{
    private static readonly string[] Questions =
    [
        "When did Russia recognise Montenegro?",
        "When did Montenegro join NATO?",
        "Which UN member states does Montenegro not have diplomatic relations with?",
        "What did the NSPM poll find?",
        "How many MPs voted for sending personnel to the NATO mission for Ukraine?",
        "Which former FSB colonel was granted asylum in Montenegro?",
        "ratification accession protocol parliament",
    ];

    private readonly CacheFolder _cache = new();

    [Fact]
    public void The_knowledge_index_hands_every_answerable_passage_and_fact_to_the_writer_it_is_given_and_searches_what_it_returns()
    {
        var knowledge = fixture.Knowledge;
        var writer = new RecordingWriter(new InMemoryIndexWriter(knowledge.Analyzer));

        using var index = new KnowledgeIndex(knowledge.Analyzer, knowledge.Passages.Where(p => p.IsAnswerable), knowledge.Facts, knowledge.SourcesById, writer);

        Assert.Equal(knowledge.Passages.Where(p => p.IsAnswerable).Select(p => p.Id), writer.Documents.Where(d => d.Kind == IndexedDocumentKind.Passage).Select(d => d.Id));
        Assert.Equal(knowledge.Facts.Select(f => f.Id), writer.Documents.Where(d => d.Kind == IndexedDocumentKind.Fact).Select(d => d.Id));
        Assert.Equal(writer.Documents.Count, index.DocumentCount);
        var terms = knowledge.Analyzer.Terms("When did Russia recognise Montenegro?");
        Assert.Equal(writer.Retriever!.SearchPassages(terms, 5), index.SearchPassages(terms, 5));
    }

    [Fact]
    public void The_real_sources_indexed_in_a_cache_directory_rank_and_score_as_they_do_in_memory()
    {
        var knowledge = fixture.Knowledge;
        var cache = new LuceneIndexCache(knowledge.Analyzer, _cache.Path);
        new KnowledgeIndex(knowledge.Analyzer, knowledge.Passages.Where(p => p.IsAnswerable), knowledge.Facts, knowledge.SourcesById, cache).Dispose();

        using var cached = new KnowledgeIndex(knowledge.Analyzer, knowledge.Passages.Where(p => p.IsAnswerable), knowledge.Facts, knowledge.SourcesById, cache);

        Assert.Single(_cache.Folders);
        foreach (var question in Questions)
        {
            var terms = knowledge.Analyzer.Terms(question);
            Assert.NotEmpty(cached.SearchPassages(terms, 5));
            Assert.Equal(knowledge.Index.SearchPassages(terms, 5), cached.SearchPassages(terms, 5));
            Assert.Equal(knowledge.Index.SearchFacts(terms, 5), cached.SearchFacts(terms, 5));
        }
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>Stands for another engine's writer: records what it is asked to index, then indexes it in memory.</summary>
    private sealed class RecordingWriter(InMemoryIndexWriter inner) : IRetrievalIndexWriter
    {
        public List<IndexedDocument> Documents { get; } = [];

        public IRetriever? Retriever { get; private set; }

        public IRetriever Write(IEnumerable<IndexedDocument> documents)
        {
            Documents.AddRange(documents);
            Retriever = inner.Write(Documents);
            return Retriever;
        }
    }
}
