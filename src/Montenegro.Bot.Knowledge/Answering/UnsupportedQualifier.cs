using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Was China the first Asian country to recognise Montenegro?", "is Senin the only Russian granted asylum?", "was Trump a good
/// friend to Montenegro?": a yes/no claim that rests on a word singling its subject out (<see cref="Cue.SinglingOut"/>) or
/// judging it (<see cref="Cue.Judging"/>) is settled only by evidence that says so itself. A passage that tells of the subject
/// (China's recognition on 14 June, Senin's asylum) and gives no verdict leaves the claim open, so the bot says the sources
/// don't state it rather than pass the passage off as a yes.
/// </summary>
internal static class UnsupportedQualifier
{
    /// <summary>What a qualifier the claim rests on does: single out, or judge.</summary>
    public enum Kind
    {
        /// <summary>"The first", "the only", "the smallest".</summary>
        SinglingOut,

        /// <summary>"Good", "smart", "successful".</summary>
        Judging,
    }

    /// <summary>
    /// The qualifier of yes/no <paramref name="question"/> that <paramref name="answer"/> neither states nor settles with a
    /// verdict, or null. A choice between two ("did China or France recognise it first?") is no claim of this kind.
    /// </summary>
    public static (string Word, Kind Kind)? Of(Question question, Answer answer)
    {
        if (!answer.Answered || !question.StartsWith(Cue.YesNo) || question.Has(Cue.Alternative) || YesNo.StartsWithVerdict(answer))
        {
            return null;
        }

        var asked = question.WordList.Select(w => Qualifier(question.Lexicon, w)).FirstOrDefault(q => q is not null);
        if (asked is not { } qualifier)
        {
            return null;
        }

        // The answer's own words only: a word elsewhere in the passage it rests on ("Russia ... was the first") says nothing of
        // the subject asked about.
        var evidence = EvidenceSentences.Words(answer.Text);
        return evidence.Contains(qualifier.Word) ? null : qualifier;
    }

    private static (string Word, Kind Kind)? Qualifier(Lexicon lexicon, string word) =>
        lexicon.Words(Cue.SinglingOut).Contains(word) ? (word, Kind.SinglingOut)
        : lexicon.Words(Cue.Judging).Contains(word) ? (word, Kind.Judging)
        : null;
}
