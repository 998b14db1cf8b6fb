using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Which opened an embassy in the other's capital first, China or Montenegro?": one kind of event done by each of two
/// states, one of them Montenegro, asked which did it first. Each state's event is the dated fact of that kind whose
/// statement names that state before any other ("The Montenegrin embassy in China opened …" is Montenegro's;
/// "China transformed its consulate … into an embassy" is China's), since the facts file both under the partner alone.
/// </summary>
internal static class ActorComparison
{
    // A fact of the kind asked must state some of the question's other words too, not only its predicate.
    private const double MinCoverage = 0.3;

    /// <summary>
    /// The two facts, the earlier first, each with the name of the state that did it; null unless the question joins
    /// two states by "or" (or "vs") and exactly one fact of the event asked is found for each.
    /// </summary>
    public static (Fact First, string FirstName, Fact Second, string SecondName)? Find(Question question, IReadOnlyList<Fact> candidates, KnowledgeBase knowledge)
    {
        if (question.PredicateIds.Count == 0 || JoinedStates(question, knowledge) is not { } states)
        {
            return null;
        }

        // What was done: the question's words less the two names and the words that only ask for an order.
        var ordering = new[] { Language.Cue.First, Language.Cue.Last, Language.Cue.Before, Language.Cue.After, Language.Cue.Compare }
            .SelectMany(question.Lexicon.Phrases).Where(p => p.Length == 1).SelectMany(p => knowledge.Analyzer.Terms(p[0])).ToHashSet(StringComparer.Ordinal);
        var names = states.SelectMany(s => knowledge.Analyzer.Terms(s.Text).Concat(knowledge.Analyzer.Terms(s.Entity.Name))).ToHashSet(StringComparer.Ordinal);
        var terms = question.ContentTerms.Where(t => !ordering.Contains(t) && !names.Contains(t) && knowledge.Index.Knows(t)).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        var ranked = candidates
            .Where(f => f.Predicates.Count > 0 && FactStrategy.PredicateMatch(f.Predicates, question, knowledge) > 0 && !StatesMutualAct(f, knowledge))
            .Select(f => (Fact: f, Score: Coverage.Of(question, terms, knowledge.Index.TermsOf(f.Id), knowledge.Index), Actor: YesNo.FirstNamed(f.Statement, knowledge)))
            .Where(x => x.Score >= MinCoverage && x.Actor is not null)
            .ToList();
        var picked = states.Select(s => ranked.Where(x => x.Actor == s.Entity.Id).OrderByDescending(x => x.Score).Select(x => x.Fact).FirstOrDefault()).ToList();
        if (picked[0] is not { } a || picked[1] is not { } b || EventPairStrategy.SameEvent(a, b))
        {
            return null;
        }

        return a.Date!.CompareTo(b.Date) <= 0 ? (a, states[0].Entity.Name, b, states[1].Entity.Name) : (b, states[1].Entity.Name, a, states[0].Entity.Name);
    }

    // The two states the question sets side by side, "China or Montenegro": two different states named one after the
    // other with only "or" (or "vs", "versus") between them, one of them Montenegro (a question about two partners names
    // each by its own fact already).
    private static List<Entities.EntityMention>? JoinedStates(Question question, KnowledgeBase knowledge)
    {
        var words = question.WordList;
        var mentions = knowledge.Recognizer.Recognize(question.Text).Where(m => m.Entity.Type == Entities.EntityType.Country).DistinctBy(m => m.Entity.Id).ToList();
        if (mentions.Count != 2 || !mentions.Any(m => m.Entity.Id == "montenegro"))
        {
            return null;
        }

        var spans = mentions.Select(m => EvidenceSentences.Words(m.Text)).ToList();
        int At(IReadOnlyList<string> name) => Enumerable.Range(0, Math.Max(0, words.Count - name.Count + 1)).FirstOrDefault(i => name.Select((w, k) => words[i + k] == w).All(x => x), -1);
        var (first, second) = (At(spans[0]), At(spans[1]));
        if (first < 0 || second < 0)
        {
            return null;
        }

        var ordered = first < second ? mentions : [mentions[1], mentions[0]];
        var (start, end) = first < second ? (first + spans[0].Count, second) : (second + spans[1].Count, first);
        return end == start + 1 && words[start] is "or" or "vs" or "versus" ? ordered : null;
    }

    // Relations established between two states are neither's act alone.
    private static bool StatesMutualAct(Fact fact, KnowledgeBase knowledge) =>
        fact.Predicates.Any(id => knowledge.Predicates.Find(id) is { IsMutual: true });
}
