using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// Builds the Lucene index in memory at every start: the default, since the bundled sources index in a few
/// milliseconds. Use <see cref="LuceneIndexCache"/> for a corpus large enough that rebuilding at start hurts.
/// </summary>
/// <param name="analyzer">The analyzer every passage, fact and query goes through.</param>
public sealed class InMemoryIndexWriter(KnowledgeAnalyzer analyzer) : IRetrievalIndexWriter
{
    /// <summary>Indexes <paramref name="documents"/> (enumerated once) in memory.</summary>
    public LuceneRetriever Write(IEnumerable<IndexedDocument> documents) => Build(analyzer, documents, IndexOrigin.Built);

    /// <inheritdoc />
    IRetriever IRetrievalIndexWriter.Write(IEnumerable<IndexedDocument> documents) => Write(documents);

    internal static LuceneRetriever Build(KnowledgeAnalyzer analyzer, IEnumerable<IndexedDocument> documents, IndexOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(documents);
        var directory = new RAMDirectory();
        try
        {
            using (var writer = new IndexWriter(directory, LuceneSchema.InMemory(analyzer)))
            {
                LuceneSchema.AddAll(writer, documents);
                writer.Commit();
            }

            return new LuceneRetriever(directory, origin, path: null, verify: false);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }
}
