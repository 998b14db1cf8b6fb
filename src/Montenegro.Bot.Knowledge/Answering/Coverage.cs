using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// How much of a question a text answers: the IDF-weighted share of the question's content terms that
/// the text contains. It is what tells "the capital of France" (half covered by any passage) from a
/// question the sources answer.
/// </summary>
internal static class Coverage
{
    /// <summary>Credit for a question term found only in the context (source title, section heading) rather than the text itself.</summary>
    public const double ContextCredit = 0.8;


    public static double Of(IReadOnlyCollection<string> questionTerms, IReadOnlySet<string> textTerms, KnowledgeIndex index, IReadOnlySet<string>? contextTerms = null) =>
        Of(questionTerms, textTerms, index, contextTerms, null, null);

    /// <summary>As <see cref="Of(IReadOnlyCollection{string}, IReadOnlySet{string}, KnowledgeIndex, IReadOnlySet{string}?)"/>, a term also covered by its derived forms (<see cref="Question.Covers"/>).</summary>
    public static double Of(Question question, IReadOnlyCollection<string> questionTerms, IReadOnlySet<string> textTerms, KnowledgeIndex index, IReadOnlySet<string>? contextTerms = null) =>
        Of(questionTerms, textTerms, index, contextTerms, question, null);

    /// <summary>
    /// As <see cref="Of(Question, IReadOnlyCollection{string}, IReadOnlySet{string}, KnowledgeIndex, IReadOnlySet{string}?)"/>,
    /// leaving out the question's <see cref="Question.UnfamiliarTerms"/>: what a paraphrase covers. Only a text close in
    /// meaning to the question may be judged so (<see cref="Paraphrase"/>).
    /// </summary>
    public static double OfFamiliar(Question question, IReadOnlyCollection<string> questionTerms, IReadOnlySet<string> textTerms, KnowledgeIndex index, IReadOnlySet<string>? contextTerms = null) =>
        Of(questionTerms, textTerms, index, contextTerms, question, question.UnfamiliarTerms);

    /// <summary>
    /// As <see cref="OfPredicate"/>, leaving out the question's <see cref="Question.UnfamiliarTerms"/>. A predicate whose only
    /// familiar words are its date ("population in June 2006") asks wholly in words no source uses: nothing of it is covered.
    /// </summary>
    public static double OfFamiliarPredicate(Question question, IReadOnlySet<string> textTerms, KnowledgeIndex index, IReadOnlySet<string>? contextTerms = null) =>
        OnlyItsDateIsFamiliar(question) ? 0 : Of(question.PredicateTerms, textTerms, index, contextTerms, question, question.UnfamiliarTerms);

    // Whether every familiar word of the predicate is a year, a day or a month the question names.
    private static bool OnlyItsDateIsFamiliar(Question question)
    {
        var rest = question.PredicateTerms.Where(t => !question.UnfamiliarTerms.Contains(t) && !t.All(char.IsAsciiDigit)).ToList();
        if (rest.Count == 0)
        {
            return true;
        }

        if (question.Months.Count == 0 || question.Knowledge is not { } knowledge)
        {
            return false;
        }

        var months = question.Months
            .SelectMany(m => knowledge.Analyzer.Terms(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)))
            .ToHashSet(StringComparer.Ordinal);
        return rest.All(months.Contains);
    }

    private static double Of(IReadOnlyCollection<string> questionTerms, IReadOnlySet<string> textTerms, KnowledgeIndex index, IReadOnlySet<string>? contextTerms, Question? question, IReadOnlySet<string>? ignored)
    {
        double total = 0, covered = 0;
        foreach (var term in questionTerms)
        {
            var weight = index.Idf(term);
            if (ignored is not null && ignored.Contains(term))
            {
                continue;
            }

            total += weight;
            if (question is null ? textTerms.Contains(term) : question.Covers(term, textTerms))
            {
                covered += weight;
            }
            else if (contextTerms is not null && contextTerms.Contains(term))
            {
                covered += ContextCredit * weight;
            }
        }

        return total == 0 ? 0 : covered / total;
    }

    /// <summary>Share of the question's predicate (its non-entity terms) that a text covers; 1 when the question is only names.</summary>
    public static double OfPredicate(Question question, IReadOnlySet<string> textTerms, KnowledgeIndex index, IReadOnlySet<string>? contextTerms = null) =>
        question.PredicateTerms.Count == 0 ? 1 : Of(question.PredicateTerms, textTerms, index, contextTerms, question, null);

    /// <summary>
    /// How well a candidate answer covers the question: 0 when it misses most of the question's predicate. A text that
    /// covers the question but for its everyday words no source uses ("guy", "toured") counts as just
    /// <paramref name="enough"/> when <paramref name="saysItOtherwise"/> finds it close in meaning (see <see cref="Paraphrase"/>),
    /// so a text covering the question's own words still ranks above it.
    /// </summary>
    public static double OfCandidate(Question question, IReadOnlySet<string> textTerms, KnowledgeIndex index, IReadOnlySet<string>? contextTerms, double enough, Func<bool> saysItOtherwise)
    {
        var coverage = OfPredicate(question, textTerms, index, contextTerms) < MinPredicateCoverage || question.NamesATurnedEvent || NamesAnUnfamiliarUndoing(question)
            ? 0
            : Of(question, question.ContentTerms, textTerms, index, contextTerms);
        return coverage < enough && question.UnfamiliarTerms.Count > 0 && FamiliarShare(question) >= MinFamiliarShare
            && OfFamiliarPredicate(question, textTerms, index, contextTerms) >= MinPredicateCoverage
            && OfFamiliar(question, question.ContentTerms, textTerms, index, contextTerms) >= enough
            && saysItOtherwise()
            ? enough
            : coverage;
    }

    /// <summary>
    /// "When did Montenegro withdraw its troops?": an undoing (<see cref="Language.Cue.Undoing"/>) in words no source uses is an
    /// event the sources never state, so a text about the same things (the deployment) answers another question however close
    /// in meaning it is.
    /// </summary>
    internal static bool NamesAnUnfamiliarUndoing(Question question) =>
        question.Knowledge is { } knowledge
        && question.Lexicon.Phrases(Language.Cue.Undoing).Any(phrase => (question.ContainsPhrase(phrase) || HasSeparated(question.WordList, phrase))
            && knowledge.Analyzer.Terms(string.Join(' ', phrase)) is [_, ..] terms && terms.Any(question.UnfamiliarTerms.Contains));

    // The most words a phrasal verb's object may put between the verb and its particle ("pull its troops out").
    private const int MaxWordsInsidePhrasalVerb = 3;

    // Whether a verb and its particle stand apart with a short object between them.
    private static bool HasSeparated(IReadOnlyList<string> words, string[] phrase) =>
        phrase.Length == 2 && Enumerable.Range(0, words.Count).Any(i => words[i] == phrase[0]
            && Enumerable.Range(i + 2, MaxWordsInsidePhrasalVerb).Any(j => j < words.Count && words[j] == phrase[1]));

    // A paraphrase puts a few words otherwise; a question most of whose weight lies in words no source uses ("bake
    // sourdough bread") is about something else, and is not worth encoding candidates to find that out.
    private const double MinFamiliarShare = 0.4;

    // Counted in words, not weighted: a word no source uses has the highest weight of all, and weighting would let two
    // everyday words ("guy", "kept") outweigh the rest of the question.
    private static double FamiliarShare(Question question) =>
        question.ContentTerms.Count == 0 ? 0 : (double)question.ContentTerms.Count(t => !question.UnfamiliarTerms.Contains(t)) / question.ContentTerms.Count;

    /// <summary>The least share of the predicate an answer must cover.</summary>
    public const double MinPredicateCoverage = 0.5;
}
