using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// Answers a follow-up about what the person just named did next ("who did he meet there?" after Rumsfeld's visit) from
/// the sentence after the one that names him: sources go on about a person by title or pronoun ("Following the
/// Secretary's meeting with ..."), so the sentence that names him often lacks what the follow-up asks about, and
/// retrieval, led by his name, returns that naming sentence again.
/// </summary>
internal static class PersonSequel
{
    // A question word may stand for a longer word of the same stem ("meet" for "meeting"), by at most this many letters.
    private const int MaxSuffixLength = 3;

    /// <summary>
    /// The answer with the sentence after the naming one, when <paramref name="asked"/> points at a person with a pronoun,
    /// the answer quotes a sentence that names that person but not the follow-up's own words, and the next sentence of the
    /// same passage has all of them; null otherwise (the answer stands).
    /// </summary>
    public static Answer? Continue(Question asked, string? person, Answer answer, KnowledgeBase knowledge)
    {
        if (person is null || !asked.Has(Language.Cue.PersonPronoun) || !answer.Answered || answer.Sources.Count == 0
            || !knowledge.PassagesById.TryGetValue(answer.Sources[0].Id, out var passage))
        {
            return null;
        }

        // What the follow-up asks about him, without the pronoun: "meet" in "who did he meet there?".
        var pronouns = asked.Lexicon.Words(Language.Cue.PersonPronoun);
        var asks = asked.ContentTerms.Where(t => !pronouns.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
        if (asks.Count == 0)
        {
            return null;
        }

        var surname = person.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var sentences = SentenceSplitter.Split(passage.Text).Select(s => s.Sentence.Trim()).ToList();
        var naming = sentences.FindIndex(s => s.Contains(surname, StringComparison.Ordinal) && answer.Text.Contains(s, StringComparison.Ordinal));
        if (naming < 0 || naming + 1 >= sentences.Count || Covers(sentences[naming], asks, knowledge))
        {
            return null;
        }

        var next = sentences[naming + 1];
        return Covers(next, asks, knowledge) ? answer with { Text = next } : null;
    }

    // Whether every asked term is among the sentence's terms, or begins one of them ("meet" begins "meeting").
    private static bool Covers(string sentence, IReadOnlyList<string> asks, KnowledgeBase knowledge)
    {
        var terms = knowledge.Analyzer.Terms(sentence);
        return asks.All(a => terms.Any(t => t == a || (t.StartsWith(a, StringComparison.Ordinal) && t.Length - a.Length <= MaxSuffixLength)));
    }
}
