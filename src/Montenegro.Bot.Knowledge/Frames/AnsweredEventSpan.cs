using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// A span measured from or to the event the last answer gave: "how long after the invitation was that?", "how long after
/// that did it adopt the plan?", "how long did it take to get it?". One end is the dated fact the last answer told (its
/// event, whatever the last question's own words were: "where did they hand in the paperwork?" was answered with the
/// accession); the other is the event the follow-up names, or, for "get it", the last question's thing got. The follow-up
/// becomes a whole question that names both, as "how long between the invitation and NATO membership on 5 June 2017?".
/// </summary>
internal static class AnsweredEventSpan
{
    private const string Home = "montenegro";

    /// <summary>The follow-up as a question on the time between two events; null when it is none of the shapes above.</summary>
    public static string? Resolve(Question question, Conversation conversation, KnowledgeBase knowledge)
    {
        var words = question.WordList;
        if (!question.Has(Cue.Duration) || question.Years.Count > 0 || conversation.Last is not { } last
            || question.Entities.Any(m => m.Entity.Type == EntityType.Country))
        {
            return null;
        }

        if (TellingOf(last, knowledge) is not var (told, toldFact))
        {
            return null;
        }

        var lexicon = question.Lexicon;
        var pronouns = lexicon.Words(Cue.ThingPronoun);
        var auxiliaries = lexicon.Words(Cue.YesNo);
        var after = lexicon.Words(Cue.After);
        var relations = after.Concat(lexicon.Words(Cue.Before)).ToHashSet(StringComparer.Ordinal);
        var at = words.ToList().FindIndex(relations.Contains);
        var end = words.Count - 1;
        var measure = string.Join(' ', words.Take(Math.Max(at, 0)));

        // "How long after that did it adopt the plan?": the last answer's event, then the rest of the question as it stands.
        if (at >= 1 && at + 2 < end && pronouns.Contains(words[at + 1]) && auxiliaries.Contains(words[at + 2]) && after.Contains(words[at]))
        {
            return $"{measure} after {told} {string.Join(' ', words.Skip(at + 2))}?";
        }

        // "How long after the invitation was that?", "how many days before the vote was this?": the named event and the last
        // answer's, between them.
        var named = words.Skip(at + 1).Take(end - 1 - at - 1).ToList();
        if (at >= 1 && named.Any(w => !pronouns.Contains(w) && !auxiliaries.Contains(w)) && pronouns.Contains(words[end]) && auxiliaries.Contains(words[end - 1]))
        {
            return $"{measure} between {string.Join(' ', named)}{BodyOf(toldFact, named, knowledge)} and {told}?";
        }

        // "How long did it take to get it?": the thing of the last answer got, from the event the last answer gave.
        if (at < 0 && GetsIt(question))
        {
            return $"{string.Join(' ', words)} after {told}?";
        }

        return null;
    }

    // An object pronoun after a verb, not after an auxiliary ("get it", not "did it"): the question's event is done to the
    // last answer's thing.
    private static bool GetsIt(Question question)
    {
        var words = question.WordList;
        var objects = question.Lexicon.Words(Cue.ObjectPronoun);
        var auxiliaries = question.Lexicon.Words(Cue.YesNo);
        // "How much time passed between them?" points at two events, not at a thing done: a pronoun after a preposition is none.
        return !question.Has(Cue.SpanBetween) && Enumerable.Range(2, Math.Max(0, words.Count - 2)).Any(i => objects.Contains(words[i]) && !auxiliaries.Contains(words[i - 1])
            && words[i - 1] is not ("to" or "take" or "of" or "from" or "for" or "with" or "and" or "about"));
    }

    /// <summary>
    /// The event the turn's answer gave, as its label and date ("Montenegro's application on 5 November 2008"): the dated fact
    /// of the answer's source with the answer's date; null when the answer gave no date to the month or no such fact.
    /// </summary>
    private static (string Told, Fact Fact)? TellingOf(ConversationTurn turn, KnowledgeBase knowledge)
    {
        if (turn.AnswerIso is not { Length: >= 7 } iso || turn.AnswerText is not { } text)
        {
            return null;
        }

        var fact = knowledge.Facts
            .Where(f => !f.IsTimelineStep && f.Poll is null && f.Date?.Iso == iso)
            .OrderByDescending(f => f.PassageId == turn.AnswerSource)
            .ThenByDescending(f => text.Contains(f.Statement.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).TrimEnd('.'), StringComparison.Ordinal))
            .ThenByDescending(f => f.Milestone is not null)
            .FirstOrDefault(f => f.PassageId == turn.AnswerSource || text.Contains(f.Date!.Text, StringComparison.Ordinal));
        if (fact is null)
        {
            return null;
        }

        // The label finds its fact again when it shares a word with it; "Grant" does, a label of other words would not.
        var own = knowledge.Index.TermsOf(fact.Id);
        var name = knowledge.Analyzer.Terms(fact.Label).Any(t => !t.All(char.IsAsciiDigit) && own.Contains(t))
            ? EventPairStrategy.Lower(fact.Label)
            : Clause(fact);
        return ($"{name} {(fact.Date!.Day is null ? "in" : "on")} {fact.Date.Text}", fact);
    }

    // "How many days before membership was that?" after the NATO treaty's ratification: an event named without its body is
    // the told event's body's (NATO membership, not the UN's), given in brackets as the context of a follow-up is.
    private static string BodyOf(Fact told, IReadOnlyList<string> named, KnowledgeBase knowledge)
    {
        if (knowledge.Recognizer.Recognize(string.Join(' ', named)).Count > 0)
        {
            return string.Empty;
        }

        var body = told.EntityIds.Append(told.Topic)
            .Select(id => knowledge.EntitiesById.GetValueOrDefault(id))
            .FirstOrDefault(e => e is { Type: EntityType.Organisation });
        return body is null ? string.Empty : $" ({body.Name})";
    }

    // The fact's statement without its date (and the "on" or "in" before it) or the editor's brackets, to its first clause.
    private static string Clause(Fact fact)
    {
        var statement = fact.Statement.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal);
        var words = statement.Replace(fact.Date!.Text, " ", StringComparison.Ordinal).Split(',')[0]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.')).ToList();
        return string.Join(' ', words.Where((w, i) => !(w is "on" or "in" or "On" or "In" && (i + 1 == words.Count || statement.Contains(w + " " + fact.Date.Text, StringComparison.Ordinal)))));
    }
}
