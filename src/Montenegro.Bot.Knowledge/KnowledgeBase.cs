using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Search;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge;

/// <summary>Everything loaded from <c>data/</c>: sources, passages, facts, entities and the search index. Immutable once built.</summary>
public sealed class KnowledgeBase : IDisposable
{
    internal KnowledgeBase(
        IReadOnlyList<SourceDocument> sources,
        IReadOnlyList<Passage> passages,
        IReadOnlyList<Fact> facts,
        IReadOnlyList<Entity> entities,
        KnowledgeAnalyzer analyzer)
    {
        Sources = sources;
        SourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Passages = passages;
        PassagesById = passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Facts = facts;
        Entities = entities;
        EntitiesById = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Analyzer = analyzer;
        Index = new KnowledgeIndex(analyzer, passages.Where(p => p.IsAnswerable), facts, SourcesById);
        Recognizer = new EntityRecognizer(entities, Index.Vocabulary);
    }

    /// <summary>The source documents.</summary>
    public IReadOnlyList<SourceDocument> Sources { get; }

    /// <summary>Source documents by id.</summary>
    public IReadOnlyDictionary<string, SourceDocument> SourcesById { get; }

    /// <summary>Every passage of every source, in reading order.</summary>
    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>Passages by id.</summary>
    public IReadOnlyDictionary<string, Passage> PassagesById { get; }

    /// <summary>Every fact: curated ones and those read from the sources' tables.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>Known entities.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Entities by id.</summary>
    public IReadOnlyDictionary<string, Entity> EntitiesById { get; }

    /// <summary>The analyzer shared by the index and the answer engine.</summary>
    public KnowledgeAnalyzer Analyzer { get; }

    /// <summary>The Lucene index over passages and facts.</summary>
    public KnowledgeIndex Index { get; }

    /// <summary>Finds entities in questions.</summary>
    public EntityRecognizer Recognizer { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Index.Dispose();
        Analyzer.Dispose();
    }
}
