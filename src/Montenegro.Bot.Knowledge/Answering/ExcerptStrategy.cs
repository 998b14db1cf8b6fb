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
        var accepted = new List<(string Id, string Excerpt, double Coverage)>();
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
            var covered = Synonyms.Extend(question, selected, excerpt);

            // The place asked about is in what is quoted, not only somewhere else in the passage.
            if (!SlotCheck.PlacesFit(question, excerpt))
            {
                continue;
            }

            // What the excerpt states must be what the question asks ("join"), not another event among the same names.
            if (FactStrategy.AsksOfItsPredicate(question)
                && knowledge.PredicatesStatedIn(excerpt) is { Count: > 0 } stated
                && (FactStrategy.PredicateMatch(stated, question, knowledge) == 0 || FactStrategy.StatesAnotherThanTheVerbAsks(stated, question, knowledge)))
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
                accepted.Add((hit.Id, excerpt, coverage + (FactStrategy.GivesReason(question, passage.Text) ? FactStrategy.ReasonBonus : 0)));
            }
        }

        if (accepted.Count == 0)
        {
            return null;
        }

        var best = accepted.OrderByDescending(a => a.Coverage).Take(2).ToList();
        var sources = best.Select(a => composer.Source(a.Id, question)).ToList();

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
