using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Montenegro applied for a Membership Action Plan and later got it; what was the gap between the two?": a clause that tells
/// two events one after the other, then a question that asks about them by pointing back ("between the two", "how long did
/// that take?"). The two events are the words on each side of the joining "and later", up to the question word.
/// </summary>
internal static class EventSequence
{
    /// <summary>
    /// The words of the earlier and the later event, or null when the question tells no two events in a row before a question
    /// that points back at them.
    /// </summary>
    public static (List<string> Earlier, List<string> Later)? Halves(Question question)
    {
        var words = question.WordList;
        var lexicon = question.Lexicon;
        var joiner = Find(words, lexicon.Phrases(Cue.LaterStep), 1);
        if (joiner is not { } step)
        {
            return null;
        }

        // The question proper starts at the first question word after the second event: "...got it; what was the gap".
        var interrogatives = lexicon.Words(Cue.Interrogative);
        var asked = Enumerable.Range(step.End, Math.Max(0, words.Count - step.End)).FirstOrDefault(i => interrogatives.Contains(words[i]), -1);
        if (step.Start == 0 || asked <= step.End)
        {
            return null;
        }

        // The question must ask about the two told before, not name events of its own: "between the two", or a pronoun for
        // the whole ("how long did that take?").
        var asking = words.Skip(asked).ToList();
        var between = asking.FindIndex(lexicon.Words(Cue.SpanBetween).Contains);
        var pointsBack = (between >= 0 && Find(asking, lexicon.Phrases(Cue.BothEnds), between + 1) is { } ends && ends.Start == between + 1)
            || (between < 0 && asking.Any(lexicon.Words(Cue.ThingPronoun).Contains));
        if (!pointsBack)
        {
            return null;
        }

        return (words.Take(step.Start).ToList(), words.Skip(step.End).Take(asked - step.End).ToList());
    }

    // The first place at or after <paramref name="from"/> where one of <paramref name="phrases"/> stands, longest first.
    private static (int Start, int End)? Find(IReadOnlyList<string> words, IReadOnlyList<string[]> phrases, int from)
    {
        var longestFirst = phrases.OrderByDescending(p => p.Length).ToList();
        for (var i = from; i < words.Count; i++)
        {
            foreach (var phrase in longestFirst)
            {
                if (i + phrase.Length <= words.Count && phrase.Select((w, k) => words[i + k] == w).All(x => x))
                {
                    return (i, i + phrase.Length);
                }
            }
        }

        return null;
    }
}
