using Montenegro.Bot.Knowledge.Extraction;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// For a "when" part of a several-part question left without its own answer (declined, or given an earlier part's answer
/// again), the sentence of a passage the parts were answered from that dates what this part asks. One passage often tells
/// the steps asked in turn ("granted a Membership Action Plan ... A formal invitation was issued ... on 2 December 2015"),
/// and a date cut from a longer sentence may leave the next one in the rest of it ("applied ... on 5 November 2008, which
/// was granted in December 2009").
/// </summary>
internal static class PartSentence
{
    /// <summary>
    /// The sentence, and its passage, that answers <paramref name="part"/>: it gives a date no earlier answer gave and states
    /// every word the part asks with that the earlier parts did not, or, of a part that asks only with words pointing back
    /// ("when did it get one?"), is the sentence the repeated answer was cut from. Null when none does.
    /// </summary>
    public static (string Sentence, string PassageId)? Find(Question part, IReadOnlyList<Question> earlierParts, IReadOnlyList<Answer> earlier, Answer own, KnowledgeBase knowledge)
    {
        if (!part.StartsWith(Language.Cue.When) || part.UnfamiliarEvent is not null)
        {
            return null;
        }

        var given = earlier.Where(a => a.Answered).SelectMany(a => DateRecognizer.Find(a.Text)).Select(d => (d.Date.Year, d.Date.Month)).ToHashSet();
        var askedBefore = earlierParts.SelectMany(p => p.ContentTerms).ToHashSet(StringComparer.Ordinal);
        var pointers = part.Lexicon.Words(Language.Cue.ThingPronoun);
        var asked = part.PredicateTerms.Where(t => !askedBefore.Contains(t) && !pointers.Contains(t)).ToList();
        var repeated = own.Answered ? Lead(own.Text) : null;
        if (asked.Count == 0 && repeated is null)
        {
            return null;
        }

        var passages = earlier.Append(own).SelectMany(a => a.Sources).Select(s => s.Id).Distinct(StringComparer.Ordinal);
        var said = Paraphrased(part, knowledge);
        (string Sentence, string PassageId, (double, int, int) Score)? best = null;
        foreach (var id in passages)
        {
            if (!knowledge.PassagesById.TryGetValue(id, out var passage))
            {
                continue;
            }

            foreach (var (_, sentence) in Search.SentenceSplitter.Split(passage.Text))
            {
                var text = sentence.Trim();
                if (!DateRecognizer.Find(text).Any(d => !given.Contains((d.Date.Year, d.Date.Month))))
                {
                    continue;
                }

                var terms = knowledge.Analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);
                var states = asked.Count > 0
                    ? asked.All(t => terms.Contains(t) || (said.TryGetValue(t, out var other) && terms.Contains(other)))
                    : text.Length > repeated!.Length && text.StartsWith(repeated, StringComparison.Ordinal);
                if (states)
                {
                    // Of sentences that state it, the one of the event the part names, then the one naming most of its words.
                    var score = (FactStrategy.PredicateMatch(StatedPredicates(id, text, knowledge), part, knowledge),
                        part.SearchTerms.Count(terms.Contains) + Named(part, text), Shared(part, text));
                    if (best is null || score.CompareTo(best.Value.Score) > 0)
                    {
                        best = (text, id, score);
                    }
                }
            }
        }

        return best is { } b ? (b.Sentence, b.PassageId) : null;
    }

    // The term of each word of the part that the lexicon knows the sources' word for ("end": concluded), with that word's:
    // the normalizer leaves a word the sources also use as it is, though they may say the same thing in the other.
    private static Dictionary<string, string> Paraphrased(Question part, KnowledgeBase knowledge)
    {
        var said = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in EvidenceSentences.Words(part.Text))
        {
            if (part.Lexicon.Paraphrase(word) is { } phrase && knowledge.Analyzer.Terms(word) is [var term]
                && knowledge.Analyzer.Terms(phrase) is [var other])
            {
                said.TryAdd(term, other);
            }
        }

        return said;
    }

    // How many of the things the part names ("Montenegro") the sentence names too: the one telling of them is theirs.
    private static int Named(Question part, string sentence) =>
        part.Entities.Count(m => m.Entity.AllNames.Any(n => sentence.Contains(n, StringComparison.OrdinalIgnoreCase)));

    // How many of the part's own words, its home country and framing words too ("Montenegro", "a member"), the sentence uses:
    // between sentences that state as much of what is asked, the one worded as the part is.
    private static int Shared(Question part, string sentence)
    {
        var words = EvidenceSentences.Words(sentence).ToHashSet(StringComparer.Ordinal);
        return EvidenceSentences.Words(part.Text).Distinct(StringComparer.Ordinal).Count(words.Contains);
    }

    // The predicates of the facts read from the sentence: what it states happened.
    private static IEnumerable<string> StatedPredicates(string passageId, string sentence, KnowledgeBase knowledge) =>
        knowledge.Facts.Where(f => f.PassageId == passageId && f.Evidence.Count > 0 && sentence.Contains(f.Evidence[0], StringComparison.Ordinal))
            .SelectMany(f => f.Predicates);

    // The answer's first sentence without its stop: the words a source sentence it was cut from begins with.
    private static string? Lead(string text)
    {
        var first = EvidenceSentences.Split(text.Split('\n', 2)[0]).FirstOrDefault()?.TrimEnd('.', ' ');
        return string.IsNullOrEmpty(first) ? null : first;
    }
}
