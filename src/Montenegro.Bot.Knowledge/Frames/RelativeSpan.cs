using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "How many days after Russia was that?", "how long after the Chinese one was that?": a span measured from an event the
/// follow-up names only by a name or a word to the event the conversation's last dated answer gave ("that"). The named
/// event is the one an earlier turn asked about that name (Russia's recognition, China's embassy), or, when no turn did,
/// the last dated question asked about that name instead; the follow-up becomes "how many days after (that event) did (the last
/// one)".
/// </summary>
internal static class RelativeSpan
{
    private const string Home = "montenegro";

    // How far back the turns that set "that" and the named event may lie.
    private const int TurnsBack = 4;

    /// <summary>The follow-up as a question on the time between two events; null when it is not "how long after X was that".</summary>
    public static string? Resolve(Question question, Conversation conversation, KnowledgeBase knowledge) =>
        FromNamed(question, conversation, knowledge) ?? AnsweredEventSpan.Resolve(question, conversation, knowledge);

    // "How many days after Russia was that?": the span from the event of the name the follow-up gives.
    private static string? FromNamed(Question question, Conversation conversation, KnowledgeBase knowledge)
    {
        var words = question.WordList;
        if (!question.Has(Cue.Duration) || words.Count < 5 || question.Years.Count > 0)
        {
            return null;
        }

        // "... after X was that": the pronoun closes the question, an auxiliary before it, X between it and "after".
        var pronouns = question.Lexicon.Words(Cue.ThingPronoun);
        var auxiliaries = question.Lexicon.Words(Cue.YesNo);
        var relations = question.Lexicon.Words(Cue.After).Concat(question.Lexicon.Words(Cue.Before)).ToHashSet(StringComparer.Ordinal);
        var at = Enumerable.Range(0, words.Count).FirstOrDefault(i => relations.Contains(words[i]), -1);
        var end = words.Count - 1;
        if (at < 1 || !pronouns.Contains(words[end]) || !auxiliaries.Contains(words[end - 1]) || end - 1 <= at + 1)
        {
            return null;
        }

        var recent = conversation.Turns.TakeLast(TurnsBack).ToList();
        var thatTurn = recent.LastOrDefault(t => t.AnswerYears.Count > 0);
        if (thatTurn is null)
        {
            return null;
        }

        var entity = question.Entities.FirstOrDefault(m => m.Entity.Id != Home)?.Entity;
        // "After joining": a word alone names no event the sources date by it, and is left to the rest of the engine.
        if (entity is null)
        {
            return null;
        }

        // The event an earlier turn asked about that name, else the last dated question asked about it instead.
        var earlier = recent.TakeWhile(t => !ReferenceEquals(t, thatTurn)).LastOrDefault(t => t.AnswerYears.Count > 0
            && knowledge.Recognizer.Recognize(t.Frame.Text).Any(m => m.Entity.Id == entity.Id));

        // "Who were the last ones?" names no one in its question: its event is the named one's, told of whom its answer named
        // ("France and China recognised ..."); with no earlier turn on the named one, it would be anybody's.
        var that = FollowUpResolver.EventOf(thatTurn, question, knowledge);
        if (!knowledge.Recognizer.Recognize(that).Any(m => m.Entity.Id != Home))
        {
            var answered = thatTurn.AnswerText is { } told ? knowledge.Recognizer.Recognize(told).Select(m => m.Entity)
                .FirstOrDefault(e => e.Id != Home && e.Id != entity.Id && e.Type == entity.Type) : null;
            if (earlier is null || answered is null)
            {
                return null;
            }

            var earlierEvent = FollowUpResolver.EventOf(earlier, question, knowledge);
            var named = knowledge.Recognizer.Recognize(earlierEvent).FirstOrDefault(m => m.Entity.Id == entity.Id);
            if (named is null)
            {
                return null;
            }

            that = FollowUpResolver.ReplaceWord(earlierEvent, named.Text, answered.Name);
        }

        var other = earlier is not null ? FollowUpResolver.EventOf(earlier, question, knowledge) : InsteadOf(thatTurn, entity, question, knowledge);
        if (string.IsNullOrWhiteSpace(other) || string.Equals(other, that, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The question's own measure ("how many days") and relation ("after") open the new question, as "how many days
        // after A did B", which sets each event in its own half.
        return $"{string.Join(' ', words.Take(at + 1))} {other} did {that}?";
    }

    // The turn's event told of another name of the same kind ("Russia recognise Montenegro" for "China recognise Montenegro").
    private static string? InsteadOf(ConversationTurn turn, Entity entity, Question question, KnowledgeBase knowledge)
    {
        var text = FollowUpResolver.EventOf(turn, question, knowledge);
        var old = knowledge.Recognizer.Recognize(text).FirstOrDefault(m => m.Entity.Id != Home && m.Entity.Id != entity.Id && m.Entity.Type == entity.Type);
        return old is null ? null : FollowUpResolver.ReplaceWord(text, old.Text, entity.Name);
    }
}
