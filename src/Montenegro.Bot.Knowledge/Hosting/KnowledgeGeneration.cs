using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>One load of the sources: the knowledge base, its vectors when matching by meaning is on, and the engine over them.</summary>
internal sealed class KnowledgeGeneration(KnowledgeBase knowledge, KnowledgeSemantics? semantics, AnswerEngine engine) : IDisposable
{
    public KnowledgeBase Knowledge => knowledge;

    public KnowledgeSemantics? Semantics => semantics;

    public AnswerEngine Engine => engine;

    /// <summary>Releases the index (and, kept on disk, lets the cache delete it once a newer one replaced it).</summary>
    public void Dispose()
    {
        semantics?.Dispose();
        knowledge.Dispose();
    }
}
