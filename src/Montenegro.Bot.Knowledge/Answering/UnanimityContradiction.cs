using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Was the resolution passed unanimously?" answered by a tally with votes against ("44 in favour, five against"): a
/// unanimous vote has none, so the answer is "No."; a tally that names no vote against gives no verdict.
/// </summary>
internal static class UnanimityContradiction
{
    /// <summary>"No." when the question asks of a unanimous vote and the evidence counts votes against; otherwise null.</summary>
    public static string? Verdict(Question question, Answer answer, KnowledgeBase knowledge)
    {
        var lexicon = knowledge.Lexicon;
        if (question.Has(Cue.Negation) || !EvidenceSentences.Has(EvidenceSentences.Words(question.Text), Cue.Unanimous, lexicon))
        {
            return null;
        }

        var against = lexicon.Words(Cue.StanceAgainst);
        var numberWords = lexicon.Words(Cue.NumberWord);
        return EvidenceSentences.Of(answer).Select(EvidenceSentences.Words).Any(words => Enumerable.Range(1, Math.Max(0, words.Count - 1))
            .Any(i => against.Contains(words[i]) && IsNonZeroCount(words[i - 1], numberWords)))
            ? "No."
            : null;
    }

    // "five against", "5 against": a count of votes; "none against" or "0 against" is no dissent.
    private static bool IsNonZeroCount(string word, IReadOnlySet<string> numberWords) =>
        (word.All(char.IsAsciiDigit) && word.Any(c => c != '0')) || (numberWords.Contains(word) && word is not ("half" or "majority" or "unanimous" or "unanimously"));
}
