using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// A question that takes for granted what its evidence denies: "why did Andria Mandić vote against the mission?" when the
/// text says he supported it, "when did Montenegro extradite Senin?" when it refused to, "why did NATO reject Montenegro in
/// 2017?" when the text tells of its accession, "which parties voted against?" when the text names only those in favour. A
/// yes/no question may be answered "No." from such evidence; any other is not answered by it, since the answer would
/// confirm the premise. Opposite deeds sit close in meaning (and share their names and dates), so only the words of
/// refusal and stance tell them apart.
/// </summary>
internal static class FalsePremise
{
    /// <summary>Whether <paramref name="text"/> leaves the question's premise standing.</summary>
    public static bool Fits(Question question, string text)
    {
        if (question.StartsWith(Cue.YesNo) || question.Has(Cue.Negation))
        {
            return true;
        }

        // Most questions ask no stance or refusal, and most texts refuse nothing: this check runs on every candidate answer.
        var statement = text.Split("\n\n", 2)[0];
        var asked = EvidenceSentences.Words(question.Text);
        if (StanceContradiction.AskedStance(asked, question.Lexicon) is null && !EvidenceSentences.Has(asked, Cue.Refusal, question.Lexicon)
            && !EvidenceSentences.Has(EvidenceSentences.Words(statement), Cue.Refusal, question.Lexicon))
        {
            return true;
        }

        var sentences = EvidenceSentences.Of(new Answer(true, string.Empty, string.Empty, statement, [], [], []));
        return !RefusesTheAskedAct(question, asked, sentences) && !StatesOtherStance(question, asked, sentences)
            && (!EvidenceSentences.Has(asked, Cue.Refusal, question.Lexicon) || StatesRejection(question, statement));
    }

    // "refused to extradite" in the text for "when did Montenegro extradite": the verb refused is one the question asks happened.
    private static bool RefusesTheAskedAct(Question question, IReadOnlyList<string> asked, IReadOnlyList<string> sentences)
    {
        if (question.Knowledge is not { } knowledge || EvidenceSentences.Has(asked, Cue.Refusal, question.Lexicon))
        {
            return false;
        }

        // The question's own verbs: "what did Montenegro decide about extraditing him" asks of a decision, not an extradition.
        var prepositions = question.Lexicon.Words(Cue.Preposition);
        // Read only when a sentence refuses something: this check runs on every candidate answer.
        var verbs = new Lazy<HashSet<string>>(() => asked.Where((word, i) => i == 0 || !prepositions.Contains(asked[i - 1]))
            .SelectMany(word => knowledge.Analyzer.Terms(word)).Where(question.PredicateTerms.Contains).ToHashSet(StringComparer.Ordinal));
        return sentences.Select(EvidenceSentences.Words).Any(words => EvidenceSentences.PhraseStarts(words, Cue.Refusal, question.Lexicon)
            .Any(p => p.Start + p.Length < words.Count
                && knowledge.Analyzer.Terms(words[p.Start + p.Length]) is [var verb] && verbs.Value.Contains(verb)));
    }

    // The stance asked of a party the question names is the opposite of the one the text states of it; or, for "which parties
    // voted against", no sentence names anyone holding the stance asked while some name those holding the other.
    private static bool StatesOtherStance(Question question, IReadOnlyList<string> asked, IReadOnlyList<string> sentences)
    {
        if (StanceContradiction.AskedStance(asked, question.Lexicon) is not { } stance)
        {
            return false;
        }

        var stated = sentences.Select(s => (Sentence: s, Stance: StanceContradiction.StatedStance(EvidenceSentences.Words(s), question.Lexicon)))
            .Where(s => s.Stance is not null)
            .ToList();
        var ofParty = stated.Where(s => StanceContradiction.NamesAPartyOf(question, s.Sentence)).ToList();
        if (ofParty.Count > 0)
        {
            return ofParty.All(s => s.Stance != stance);
        }

        var asksWho = question.StartsWith(Cue.Who)
            || (asked is ["which" or "what", var head, ..] && question.Lexicon.Words(Cue.GroupFocus).Contains(head));
        var named = stated.Where(s => StanceContradiction.ProperName().IsMatch(s.Sentence)).ToList();
        return asksWho && named.Count > 0 && named.All(s => s.Stance != stance);
    }

    // Some refusal, opposition or negation in the text's own statement: the accession itself tells of none.
    private static bool StatesRejection(Question question, string statement)
    {
        var words = EvidenceSentences.Words(statement);
        return new[] { Cue.Refusal, Cue.StanceAgainst, Cue.Opposition, Cue.Negation }.Any(cue => EvidenceSentences.Has(words, cue, question.Lexicon));
    }
}
