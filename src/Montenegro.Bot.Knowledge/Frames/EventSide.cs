using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "Was that before or after the US Senate vote?", "did it come earlier than the invitation?" after an answer that gave a
/// date: the last turn's event set against the event the follow-up names, as "was (the last question's event) before or
/// after the US Senate vote?", which the event-pair answer settles with a verdict and both dates.
/// </summary>
internal static class EventSide
{
    // Most words between the pronoun and the relation ("was that before", "did it come after", "did that happen earlier").
    private const int MaxVerbWords = 1;

    /// <summary>The follow-up with its pronoun replaced by the last turn's event; null when it does not ask that.</summary>
    /// <param name="english">The follow-up, normalised to English.</param>
    /// <param name="question">The follow-up parsed.</param>
    /// <param name="last">The last turn, which must have been answered with a date.</param>
    /// <param name="knowledge">The knowledge base, to read the last turn's question.</param>
    public static string? Resolve(string english, Question question, ConversationTurn? last, KnowledgeBase knowledge)
    {
        if (last is null || last.AnswerText is null || last.AnswerYears.Count == 0
            || (last.Frame.AnswerType != AnswerType.Date && last.AnswerIso is null))
        {
            return null;
        }

        var lexicon = question.Lexicon;
        var words = question.WordList;
        var pronouns = lexicon.Words(Cue.ThingPronoun);
        var openers = lexicon.Words(Cue.FollowUp);
        var start = 0;
        while (start < words.Count && openers.Contains(words[start]))
        {
            start++;
        }

        // An auxiliary and a pronoun open the question: "was that ...", "and did it ...".
        if (start + 2 >= words.Count || !lexicon.Words(Cue.YesNo).Contains(words[start]) || !pronouns.Contains(words[start + 1]))
        {
            return null;
        }

        // The relation ("before", "after", "earlier", "later") follows the pronoun closely, and something it relates to
        // follows the last relation word: "was that before or after?" names no second event.
        var relations = lexicon.Phrases(Cue.Before).Concat(lexicon.Phrases(Cue.After)).Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
        var positions = Enumerable.Range(start + 2, words.Count - start - 2).Where(i => relations.Contains(words[i])).ToList();
        if (positions.Count == 0 || positions[0] - (start + 2) > MaxVerbWords)
        {
            return null;
        }

        var compare = lexicon.Words(Cue.Compare);
        var named = words.Skip(positions[^1] + 1).Where(w => !pronouns.Contains(w) && !compare.Contains(w) && !FollowUpResolver.IsFiller(w)).ToList();
        if (named.Count == 0)
        {
            return null;
        }

        var pronoun = new Regex($@"\b{Regex.Escape(words[start + 1])}\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        var lastEvent = FollowUpResolver.EventOf(last, question, knowledge);
        return pronoun.Replace(english, lastEvent.Replace("$", "$$", StringComparison.Ordinal), 1);
    }
}
