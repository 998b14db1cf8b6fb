using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Reads a sentence that leads from a cause to its effect with a phrase of <see cref="Cue.CauseLeads"/> ("drove", "led to",
/// "a crucial part of"), and tells on which side of the lead a "why" question's subject stands (<see cref="CauseSide"/>).
/// </summary>
internal static class CauseLead
{
    /// <summary>
    /// The side of the first lead in <paramref name="sentence"/> on which the subject's words stand: after it (the effect) when
    /// any is said there, before it (the cause) when none is said after it and at least half are said before it.
    /// </summary>
    /// <param name="question">The question, whose lexicon names the leads and which judges a word covered.</param>
    /// <param name="subject">The terms of what the question asks the cause of.</param>
    /// <param name="sentence">One sentence of the sources.</param>
    /// <param name="terms">The analyzer's terms of a piece of text.</param>
    public static CauseSide SideOf(Question question, IReadOnlyList<string> subject, string sentence, Func<string, IEnumerable<string>> terms)
    {
        // "Why does the 1999 bombing matter to opponents of NATO?", "is the bombing the reason they oppose it?" ask what the
        // subject brought about: the side it stands on is no mismatch then.
        if (AsksItsEffect(question))
        {
            return CauseSide.None;
        }

        var words = EvidenceSentences.Words(sentence);
        var lead = EvidenceSentences.PhraseStarts(words, Cue.CauseLeads, question.Lexicon).OrderBy(l => l.Start).FirstOrDefault();
        if (lead.Length == 0 || subject.Count == 0)
        {
            return CauseSide.None;
        }

        var before = words.Take(lead.Start).SelectMany(terms).ToHashSet(StringComparer.Ordinal);
        var after = words.Skip(lead.Start + lead.Length).SelectMany(terms).ToHashSet(StringComparer.Ordinal);
        if (subject.Any(t => question.Covers(t, after)))
        {
            return CauseSide.Effect;
        }

        // The cause must be the subject itself, most of its words said: a cause that shares a word with it ("relations" in a
        // list of events) is another event.
        return subject.Count(t => question.Covers(t, before)) * 2 >= subject.Count ? CauseSide.Cause : CauseSide.None;
    }

    /// <summary>
    /// Whether the question asks what its subject brought about or why it mattered ("why does the bombing matter", "what
    /// effect", "is it the reason …?") rather than what caused it.
    /// </summary>
    public static bool AsksItsEffect(Question question) =>
        question.Has(Cue.Significance) || question.Has(Cue.Effect) || question.StartsWith(Cue.YesNo);
}
