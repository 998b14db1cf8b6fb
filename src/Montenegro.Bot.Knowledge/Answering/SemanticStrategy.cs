using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// When no words match well enough: the fact or passage closest in meaning ("enter the North Atlantic
/// alliance" finds "joined NATO"), given only above the fitted similarity thresholds and only when it
/// names what the question names and holds the kind of value it asks for (a date, a number, the year).
/// </summary>
internal sealed class SemanticStrategy(AnswerComposer composer, ISemanticSearch search, AbstentionThresholds thresholds) : IAnswerStrategy
{
    private const int Candidates = 12;

    private readonly KnowledgeBase _knowledge = composer.Knowledge;

    public Answer? TryAnswer(Question question)
    {
        if (question.ContentTerms.Count == 0 || question.AsksAboutNow || question.Meaning is not { } query)
        {
            return null;
        }

        var named = question.Entities.Select(m => m.Entity.Id).Where(id => id is not ("nato" or "montenegro")).ToList();
        foreach (var hit in search.Search(query, Candidates))
        {
            if (hit.PassageId.StartsWith(KnowledgeSemantics.FactPrefix, StringComparison.Ordinal))
            {
                if (hit.Similarity < thresholds.FactSimilarity
                    || !_knowledge.FactsById.TryGetValue(hit.PassageId[KnowledgeSemantics.FactPrefix.Length..], out var fact)
                    || fact.Statement.StartsWith(FactStrategy.NotStatedPrefix, StringComparison.Ordinal)
                    || !named.All(id => _knowledge.EntitiesOfFact(fact.Id).Contains(id) || _knowledge.EntitiesIn(fact.PassageId).Contains(id))
                    || !SlotCheck.Fits(question, fact.Statement + " " + string.Join(" ", fact.Evidence), fact.Date, requireDateForWhen: false, _knowledge.ContextYearOf(fact.PassageId))
                    || FactStrategy.StatesAnotherThanTheVerbAsks(fact.Predicates, question, _knowledge))
                {
                    continue;
                }

                return composer.FromFacts(fact.Topic, fact.Label, [fact], question);
            }

            if (hit.Similarity < thresholds.PassageSimilarity
                || !_knowledge.PassagesById.TryGetValue(hit.PassageId, out var passage)
                || !named.All(id => _knowledge.EntitiesIn(passage.Id).Contains(id))
                || !SlotCheck.Fits(question, passage.Text, contextYear: _knowledge.ContextYearOf(passage.Id))
                || FactStrategy.StatesAnotherThanTheVerbAsks(_knowledge.PredicatesStatedIn(passage.Text), question, _knowledge))
            {
                continue;
            }

            var source = composer.Source(passage.Id, question);
            return new Answer(true, ExcerptStrategy.Intent, "From my sources", source.Excerpt, [], [source], []);
        }

        return null;
    }
}
