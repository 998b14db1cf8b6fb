using Montenegro.Bot.Knowledge.Frames;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The engine's reading of a question anchored in time by a clause of its own (<see cref="AnchoringClause"/>): asked without
/// the clause, after the clause as a turn that set the scene, and answered only from the sources' telling of that scene.
/// </summary>
public sealed partial class AnswerEngine
{
    // How many passages of the same source apart the answer and the scene's own passage may lie: the sources tell what came
    // of an event in the sentences after it, not in another section.
    private const int MaxPassagesFromScene = 4;

    // The question proper, answered in the scene its clause names, or null. The scene must be one the sources tell, and the
    // answer must come from that telling (the same passage or one a few passages from it in the same source): "what did the
    // Russian embassy say after Montenegro joined NATO?" is not answered by its words on the Ukraine mission vote.
    private Answer? InItsAnchoringScene(string text, Conversation conversation)
    {
        if (AnchoringClause.Split(text) is not { } split)
        {
            return null;
        }

        var proper = Question.Parse(split.Question, _knowledge);
        if (proper.Has(Cue.DatedEvent) || proper.Has(Cue.First) || proper.Has(Cue.Last) || proper.ContentTerms.Count < MinAnchoredContentTerms)
        {
            return null;
        }

        var scene = Compose(split.Scene, conversation);
        if (!scene.Answered || scene.Sources.Count == 0 || scene.Turn is not { } sceneTurn)
        {
            return null;
        }

        // Alone first: the question proper may name all it asks of. Else, or when its answer is told elsewhere than the scene
        // ("how did relations change?" answered by their whole history), asked as a follow-up to the scene.
        bool Told(Answer a) => a.Answered && a.Sources.Count > 0 && Near(a.Sources[0].Id, scene.Sources[0].Id);
        return Compose(split.Question, conversation) is var alone && Told(alone) ? alone
            : Compose(split.Question, conversation.With(sceneTurn)) is var inScene && Told(inScene) ? inScene
            : null;
    }

    // The least content words the question proper keeps: one word and a name ask too little to be answered in a scene.
    private const int MinAnchoredContentTerms = 3;

    private bool Near(string answerId, string sceneId)
    {
        if (!_knowledge.PassagesById.TryGetValue(answerId, out var answer) || !_knowledge.PassagesById.TryGetValue(sceneId, out var scene)
            || answer.SourceId != scene.SourceId)
        {
            return false;
        }

        var inSource = _knowledge.Passages.Where(p => p.SourceId == scene.SourceId).Select(p => p.Id).ToList();
        return Math.Abs(inSource.IndexOf(answerId) - inSource.IndexOf(sceneId)) <= MaxPassagesFromScene;
    }
}
