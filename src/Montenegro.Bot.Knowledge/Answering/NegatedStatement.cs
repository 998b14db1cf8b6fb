namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// A sentence of the evidence that states what a yes/no question asks and denies it: "Was the adoption a surprise?" against
/// "The resolution's adoption was not entirely surprising". Every content word of the question is there, which alone would
/// read as "Yes", but a negation stands right before one of them.
/// </summary>
internal static class NegatedStatement
{
    // How many words after a negation may stand before the word it denies ("not entirely surprising").
    private const int Reach = 3;

    /// <summary>The first sentence of <paramref name="sentences"/> that states the question's claim negated; null when none.</summary>
    public static string? Find(Question question, IEnumerable<string> sentences, KnowledgeBase knowledge, double fullCoverage)
    {
        if (question.ContentTerms.Count == 0)
        {
            return null;
        }

        foreach (var sentence in sentences)
        {
            var terms = knowledge.Analyzer.Terms(sentence).ToHashSet(StringComparer.Ordinal);
            if (Coverage.Of(question.ContentTerms, terms, knowledge.Index) < fullCoverage)
            {
                continue;
            }

            var words = EvidenceSentences.Words(sentence);
            foreach (var (start, length) in EvidenceSentences.PhraseStarts(words, Language.Cue.Negation, question.Lexicon))
            {
                var denied = words.Skip(start + length).Take(Reach)
                    .Select(w => knowledge.Analyzer.Terms(w).ToHashSet(StringComparer.Ordinal))
                    .Any(wordTerms => question.ContentTerms.Any(t => question.Covers(t, wordTerms)));
                if (denied)
                {
                    return sentence.Trim();
                }
            }
        }

        return null;
    }
}
