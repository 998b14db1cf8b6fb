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
        Of(questionTerms, textTerms, index, contextTerms, null);

    /// <summary>As <see cref="Of(IReadOnlyCollection{string}, IReadOnlySet{string}, KnowledgeIndex, IReadOnlySet{string}?)"/>, a term also covered by its derived forms (<see cref="Question.Covers"/>).</summary>
    public static double Of(Question question, IReadOnlyCollection<string> questionTerms, IReadOnlySet<string> textTerms, KnowledgeIndex index, IReadOnlySet<string>? contextTerms = null) =>
        Of(questionTerms, textTerms, index, contextTerms, question);

    private static double Of(IReadOnlyCollection<string> questionTerms, IReadOnlySet<string> textTerms, KnowledgeIndex index, IReadOnlySet<string>? contextTerms, Question? question)
    {
        double total = 0, covered = 0;
        foreach (var term in questionTerms)
        {
            var weight = index.Idf(term);
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
        question.PredicateTerms.Count == 0 ? 1 : Of(question.PredicateTerms, textTerms, index, contextTerms, question);

    /// <summary>The least share of the predicate an answer must cover.</summary>
    public const double MinPredicateCoverage = 0.5;
}
