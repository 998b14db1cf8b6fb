using System.Text;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// When no fact fits: the best-matching passages, as excerpts, provided the best one covers enough of
/// the question; a loosely related passage is not an answer.
/// </summary>
internal sealed class ExcerptStrategy(AnswerComposer composer, ExcerptSelector excerpts) : IAnswerStrategy
{
    public const string Intent = "search";
    public const double MinCoverage = 0.6;

    // Whether a text states an event (a predicate the lexicon knows) and it is not the one the question asks of.
    private static bool StatesAnotherEvent(Question question, KnowledgeBase knowledge, string text) =>
        FactStrategy.AsksOfItsPredicate(question)
        && knowledge.PredicatesStatedIn(text) is { Count: > 0 } stated
        && (FactStrategy.PredicateMatch(stated, question, knowledge) == 0 || FactStrategy.StatesAnotherThanTheVerbAsks(stated, question, knowledge));

    public Answer? TryAnswer(Question question)
    {
        var knowledge = composer.Knowledge;
        if (!question.IsSpecificEnough(knowledge.Index) || question.AsksAboutNow)
        {
            return null;
        }

        // A pollster named outside a poll question ("the government's campaign") is no name a passage must carry.
        var named = question.Entities.Select(m => m.Entity).Where(e => e.Id != "nato" && e.Type != Entities.EntityType.Pollster).ToList();
        var hits = knowledge.Index.SearchPassages(question.ContentTerms, 5);
        var accepted = new List<(string Id, string Excerpt, double Coverage, bool Reselected)>();
        foreach (var hit in hits)
        {
            var passage = knowledge.PassagesById[hit.Id];
            if (named.Count > 0 && !named.Any(e => knowledge.EntitiesIn(passage.Id).Contains(e.Id)))
            {
                continue;
            }

            if (!SlotCheck.Fits(question, passage.Text, contextYear: knowledge.ContextYearOf(passage.Id)))
            {
                continue;
            }

            var (excerpt, selected) = excerpts.Select(passage.Id, passage.Text, question.ContentTermSet);
            var reselected = false;

            // What the excerpt states must be what the question asks ("join"), not another event among the same names. The
            // sentence sharing most words with the question may tell another event ("applied to the programme in 2003") than
            // the one asked of ("joined the programme"), which another sentence of the passage tells: that one is quoted.
            if (StatesAnotherEvent(question, knowledge, excerpt))
            {
                (excerpt, selected) = excerpts.Select(passage.Id, passage.Text, question.ContentTermSet,
                    sentence => knowledge.PredicatesStatedIn(sentence).Count > 0 && !StatesAnotherEvent(question, knowledge, sentence));
                if (excerpt.Length == 0)
                {
                    continue;
                }

                reselected = true;
            }

            var covered = Synonyms.Extend(question, selected, excerpt);

            // The place asked about is in what is quoted, not only somewhere else in the passage.
            if (!SlotCheck.PlacesFit(question, excerpt))
            {
                continue;
            }

            var context = knowledge.Index.ContextOf(hit.Id);
            var coverage = Coverage.OfCandidate(question, covered, knowledge.Index, context, MinCoverage, () => Paraphrase.Says(question, excerpt, agreed: RetrievalAgreement.Answers(question, hit.Id, covered)));

            // Most of the question covered, and the passage the one closest in meaning to all of it: the rest is put in
            // other words. Just enough, so that a text covering the question's own words still ranks above it.
            if (coverage is >= Coverage.MinPredicateCoverage and < MinCoverage && RetrievalAgreement.Answers(question, hit.Id, covered))
            {
                coverage = MinCoverage;
            }

            // Too little of it in the passage's words, but the passage agreed on by every view of the question (RewordedQuestion).
            if (coverage < MinCoverage && RewordedQuestion.Answers(question, hit.Id, covered, excerpt))
            {
                coverage = MinCoverage;
            }

            if (coverage >= MinCoverage)
            {
                accepted.Add((hit.Id, excerpt, coverage + (FactStrategy.GivesReason(question, passage.Text) ? FactStrategy.ReasonBonus : 0), reselected));
            }
        }

        if (accepted.Count == 0)
        {
            return null;
        }

        var best = accepted.OrderByDescending(a => a.Coverage).Take(2).ToList();
        // An excerpt chosen for the event asked of is quoted as chosen, not the sentence sharing most words with the question.
        var sources = best.Select(a => a.Reselected ? composer.Source(a.Id, question, a.Excerpt) : composer.Source(a.Id, question)).ToList();

        // The answer quotes the excerpts one after the other; their highlights move with them into the text.
        var text = new StringBuilder();
        var highlights = new List<HighlightSpan>();
        foreach (var source in sources)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            highlights.AddRange(source.Highlights.Select(h => h with { Start = h.Start + text.Length }));
            text.Append(source.Excerpt);
        }

        return new Answer(true, Intent, "From my sources", text.ToString(), [], sources, []) { TextHighlights = highlights };
    }
}
