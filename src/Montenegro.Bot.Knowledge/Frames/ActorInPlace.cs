using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "And Montenegro's own parliament?" after "which country was the last to ratify?": the last question asked who did
/// something, and its answer dated it; the follow-up names someone else and asks when they did the same, as "when did
/// Montenegro's own parliament ratify?". Only a fragment after "and" or "what about" that names no entity but Montenegro
/// (another country takes the place of the last question's names instead) and has no predicate of its own.
/// </summary>
internal static class ActorInPlace
{
    private const int MaxWords = 6;

    /// <summary>The follow-up as "when did (its words) (the last question's verb)?"; null when it is no such fragment.</summary>
    public static string? Resolve(Question question, Question prevQuestion, ConversationTurn last, KnowledgeBase knowledge)
    {
        var words = question.WordList;
        // Someone named: Montenegro ("Montenegro's own parliament") or a name the sources write; "and the lowest one?" is none.
        var names = knowledge.Recognizer.Recognize(question.Text).Any(m => m.Entity.Id == "montenegro") || SourceNames.Find(words, knowledge).Any();
        if (!names || question.Has(Cue.First) || question.Has(Cue.Last) || question.Has(Cue.Highest) || question.Has(Cue.Lowest))
        {
            return null;
        }

        if (!question.StartsWith(Cue.FollowUp) || words.Count > MaxWords || question.PredicateIds.Count > 0 || question.Years.Count > 0
            || question.Entities.Any(m => m.Entity.Id != "montenegro") || last.AnswerDate is null
            || last.Frame.AnswerType is AnswerType.Date or AnswerType.Number or AnswerType.Duration or AnswerType.YesNo or AnswerType.Reason
            || !prevQuestion.WordList.Take(1).Any(w => w is "which" or "who" or "whose"))
        {
            return null;
        }

        // The one thing the last question asked was done, by a verb that is a word ("ratify", not "establish-relations").
        if (prevQuestion.PredicateIds.Count != 1 || prevQuestion.PredicateIds.First() is not { } verb || verb.Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        // What the follow-up names: its words after the opening "and" or "what about"; a question word means it asks its own.
        var opener = question.Lexicon.Phrases(Cue.FollowUp).Where(p => p.SequenceEqual(words.Take(p.Length))).MaxBy(p => p.Length)!;
        var named = question.Text.Trim().TrimEnd('?', ' ', '.', '!');
        var rest = words.Skip(opener.Length).ToList();
        if (rest.Count == 0 || rest.Any(w => w is "what" or "when" or "who" or "which" or "why" or "where" or "how"))
        {
            return null;
        }

        // The name as written, from the first word after the opener ("montenegro's own parliament").
        var at = named.IndexOf(rest[0], StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : $"when did {named[at..]} {verb}?";
    }
}
