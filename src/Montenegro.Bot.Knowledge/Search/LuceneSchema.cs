using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Montenegro.Bot.Knowledge.Search;

/// <summary>How passages and facts are laid out in a Lucene index, for every directory they are written to.</summary>
internal static class LuceneSchema
{
    /// <summary>
    /// Part of a cached index's key: raise it whenever the fields, what they store or the similarity change, so
    /// that an index written by an older build is rebuilt instead of being searched with the wrong layout.
    /// </summary>
    public const int Version = 2;

    public const string IdField = "id";
    public const string TypeField = "type";
    public const string TextField = "text";
    public const string HeadingField = "heading";
    public const string PassageType = "passage";
    public const string FactType = "fact";

    /// <summary>
    /// The Lucene document for <paramref name="document"/>. Nothing is stored: the text lives in the knowledge base,
    /// and the id is a doc value, which reads back in one sequential pass when the index opens (stored fields
    /// decompress a whole block per document: 3 s for 100,000 documents against milliseconds).
    /// </summary>
    public static Document ToLucene(IndexedDocument document) =>
    [
        new StringField(IdField, document.Id, Field.Store.NO),
        new BinaryDocValuesField(IdField, new BytesRef(document.Id)),
        new StringField(TypeField, document.Kind == IndexedDocumentKind.Fact ? FactType : PassageType, Field.Store.NO),
        new TextField(TextField, document.Text, Field.Store.NO),
        new TextField(HeadingField, document.Heading, Field.Store.NO),
    ];

    /// <summary>
    /// Writer settings for a few hundred documents in memory: one segment, written on the calling thread, no merging.
    /// </summary>
    public static IndexWriterConfig InMemory(KnowledgeAnalyzer analyzer) => new(KnowledgeAnalyzer.Version, analyzer)
    {
        Similarity = new BM25Similarity(),
        OpenMode = OpenMode.CREATE,
        MergeScheduler = new SerialMergeScheduler(),
        MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        UseCompoundFile = false,
    };

    /// <summary>
    /// Writer settings for an index on disk of any size: segments flushed every <paramref name="ramBufferMegabytes"/>
    /// and merged as they accumulate, on the calling thread (the machine is small and shared; a background merge
    /// thread would only compete with the indexing one).
    /// </summary>
    public static IndexWriterConfig OnDisk(KnowledgeAnalyzer analyzer, double ramBufferMegabytes) => new(KnowledgeAnalyzer.Version, analyzer)
    {
        Similarity = new BM25Similarity(),
        OpenMode = OpenMode.CREATE,
        RAMBufferSizeMB = ramBufferMegabytes,
        MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
        MergeScheduler = new SerialMergeScheduler(),
        MergePolicy = new TieredMergePolicy(),
        UseCompoundFile = false,
    };

    /// <summary>Adds every document to <paramref name="writer"/> and returns how many there were.</summary>
    public static int AddAll(IndexWriter writer, IEnumerable<IndexedDocument> documents)
    {
        var count = 0;
        foreach (var document in documents)
        {
            writer.AddDocument(ToLucene(document));
            count++;
        }

        return count;
    }
}
