using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Whether retrieval by words and retrieval by meaning agree on the passage that answers a question. A question put in
/// other words ("the value of the goods traded" for "total trade ... amounted to") leaves a few of its words uncovered by
/// the passage that answers it; when that passage is also the one closest in meaning to the whole question, two views of
/// the question that fail in different ways point at the same place, which a question about something else sharing the
/// same names rarely does.
/// </summary>
internal static class RetrievalAgreement
{
    // Words of the question besides its names a text must hold: one shared word is a topic, not an answer.
    private const int MinCoveredWords = 2;

    /// <summary>
    /// Whether a text found by its words, covering <paramref name="covered"/> of the question, answers it in other words:
    /// it is the passage closest in meaning to the whole question, it covers more of the question than the names it asks
    /// about, and what it leaves out is no order ("first", "after") nor a time to come ("will") the question asks about.
    /// </summary>
    public static bool Answers(Question question, string passageId, IReadOnlySet<string> covered) =>
        question.Knowledge is { } knowledge
        && !question.Has(Cue.FutureLead)
        && CoversMoreThanNames(question, covered)
        && !LeavesOutOrder(question, knowledge, covered)
        && ClosestInMeaning(question, passageId);

    /// <summary>
    /// Whether passage <paramref name="passageId"/> is the one closest in meaning to the question: the best hit of retrieval
    /// by meaning is the passage itself or a fact it states. False when retrieval by meaning is off.
    /// </summary>
    public static bool ClosestInMeaning(Question question, string passageId)
    {
        // A passage and the facts derived from it are indexed apart and rank together; the best of them decides.
        if (question.ClosestInMeaning is not { } id || question.Knowledge is not { } knowledge)
        {
            return false;
        }

        return id.StartsWith(KnowledgeSemantics.FactPrefix, StringComparison.Ordinal)
            ? knowledge.FactsById.TryGetValue(id[KnowledgeSemantics.FactPrefix.Length..], out var fact) && fact.PassageId == passageId
            : id == passageId;
    }

    // "When was Milo Đukanović born?": a text naming the same person does not answer what is asked of them on that alone,
    // nor does one sharing a single word of it ("where else did it deploy?" after Afghanistan): two of the question's words,
    // used by the sources and besides its names, are in the text. Names are the recognised entities and the words the
    // question capitalises after its first.
    private static bool CoversMoreThanNames(Question question, IReadOnlySet<string> covered) =>
        CoveredWords(question, covered) >= MinCoveredWords;

    /// <summary>
    /// How many of the question's words besides its names (the recognised entities and the words it capitalises after its
    /// first), used by the sources, <paramref name="covered"/> holds.
    /// </summary>
    internal static int CoveredWords(Question question, IReadOnlySet<string> covered)
    {
        var names = NameTerms(question, question.Knowledge!);
        return question.ContentTerms.Count(t => !names.Contains(t) && !question.UnfamiliarTerms.Contains(t) && question.Covers(t, covered));
    }

    /// <summary>
    /// The terms of the question's names: the recognised entities and the words it capitalises after its first ("Florida",
    /// "McCain").
    /// </summary>
    internal static HashSet<string> NameTerms(Question question, KnowledgeBase knowledge)
    {
        var capitalised = question.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Where(w => w.Length > 0 && char.IsUpper(w[0]));
        return question.Entities.Select(m => m.Text).Concat(capitalised).SelectMany(knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// "Which country was the first to ratify ...", "before becoming speaker": an order the question asks about that the
    /// text does not state is what the question turns on, not a word put otherwise.
    /// </summary>
    internal static bool LeavesOutOrder(Question question, KnowledgeBase knowledge, IReadOnlySet<string> covered) =>
        question.Lexicon.Words(Cue.First).Concat(question.Lexicon.Words(Cue.Last))
            .SelectMany(knowledge.Analyzer.Terms)
            .Any(t => question.ContentTermSet.Contains(t) && !question.Covers(t, covered));
}
