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

        // A count the sources state, of more than none, right before a word against: "five against".
        var against = lexicon.Words(Cue.StanceAgainst);
        return EvidenceSentences.Of(answer).Any(sentence => StatedCountReader.Read(sentence, knowledge)
            .Any(count => !count.IsPercent && count.Value > 0
                && EvidenceSentences.Words(sentence[(count.Start + count.Written.Length)..]) is [var next, ..] && against.Contains(next)))
            ? "No."
            : null;
    }
}
