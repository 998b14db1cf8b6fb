using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "What's the next step for Montenegro?" after the vote on the Ukraine mission, "and what happened to the ruling coalition
/// after that?" after a poll: a follow-up that brings words of its own, which the last turn's question lacks. Read as a
/// variation of the last question it is answered from the last answer's passage, which tells none of those words; asked on
/// its own it may be answered by the passage that tells them. The follow-up's own words decide what is asked, and the last
/// turn only supplies what it leaves out, so the passage that tells the follow-up's words is the answer.
/// </summary>
internal static class OwnWords
{
    // One word of its own ("and the Croats?", "how did Russia respond?") is a variation of the last question, which the
    // passage answering it supplies; a thing of its own takes at least two ("the next step", "the ruling coalition").
    private const int MinOwnWords = 2;

    /// <summary>
    /// Whether <paramref name="alone"/>, the follow-up answered as it stands, answers it better than <paramref name="carried"/>,
    /// the follow-up answered as a variation of the last question: the follow-up has words that are no name and that the last
    /// question did not use, the answer alone tells more than half of them, at least two of which the carried answer does not tell.
    /// </summary>
    public static bool PreferAlone(Question asked, Answer alone, Answer carried, ConversationTurn last, KnowledgeBase knowledge)
    {
        if (!alone.Answered || alone.Text == carried.Text || asked.Has(Cue.ReferringPronoun))
        {
            return false;
        }

        var before = knowledge.Analyzer.Terms(last.Question + "\n" + last.Frame.Text).ToHashSet(StringComparer.Ordinal);
        var own = asked.PredicateTerms.Where(t => !before.Contains(t) && !FollowUpResolver.IsFiller(t) && !t.Any(char.IsDigit)).Distinct(StringComparer.Ordinal).ToList();
        if (own.Count < MinOwnWords)
        {
            return false;
        }

        var toldAlone = Told(own, alone, knowledge);
        // The words only the answer alone tells: the carried answer may tell one that the last turn's topic shares.
        var toldCarried = carried.Answered ? Told(own, carried, knowledge) : [];
        return toldAlone.Count * 2 > own.Count && toldAlone.Count(w => !toldCarried.Contains(w)) >= MinOwnWords;
    }

    // Which of the words the answer's own text tells.
    private static HashSet<string> Told(IReadOnlyList<string> words, Answer answer, KnowledgeBase knowledge)
    {
        var told = knowledge.Analyzer.Terms(answer.Text).ToHashSet(StringComparer.Ordinal);
        return words.Where(told.Contains).ToHashSet(StringComparer.Ordinal);
    }
}
