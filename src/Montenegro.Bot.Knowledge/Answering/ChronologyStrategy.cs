using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Put these in order: UN admission, the referendum, the declaration of independence", "which came first: A, B or C?":
/// several named events told in date order, each with its date. Each item is matched to a dated event the way one side of
/// a two-event comparison is; two events are <see cref="EventPairStrategy"/>'s, unless the question asks for an order.
/// A list with an item the sources date no event for is not put in order at all: an order with a guessed place is wrong.
/// </summary>
internal sealed partial class ChronologyStrategy(AnswerComposer composer, EventPairStrategy events) : IAnswerStrategy
{
    // Three events make a list to order; two do only when the question asks for an order ("put A and B in order").
    private const int MinItems = 3;

    // Longer stretches between commas are clauses of a sentence, not names of events.
    private const int MaxItemWords = 8;

    private readonly KnowledgeBase _knowledge = composer.Knowledge;

    public Answer? TryAnswer(Question question)
    {
        var asksOrder = question.Has(Cue.Chronology);
        var asksFirst = question.Has(Cue.First) && !question.Has(Cue.Last);
        var asksLast = question.Has(Cue.Last) && !question.Has(Cue.First);
        if (!asksOrder && !asksFirst && !asksLast)
        {
            return null;
        }

        var items = Items(question);
        if (items.Count < (asksOrder ? 2 : MinItems))
        {
            return null;
        }

        var dated = Match(question, items);
        if (dated is null)
        {
            return null;
        }

        var ordered = dated.OrderBy(f => f.Date).ToList();
        var steps = string.Join(", then ", ordered.Select(f => $"{Name(f)} ({f.Date!.Display})"));
        var lead = !asksOrder && asksLast
            ? $"{Capitalise(Name(ordered[^1]))} came last, on {ordered[^1].Date!.Display}. In date order: {steps}."
            : !asksOrder
                ? $"{Capitalise(Name(ordered[0]))} came first, on {ordered[0].Date!.Display}. In date order: {steps}."
                : $"In date order: {steps}.";
        return composer.FromFacts("comparison", "Date order", ordered, question)
            with { Text = lead + "\n" + string.Join("\n", ordered.Select(f => "• " + f.Statement)) };
    }

    // The listed items: the stretch after a colon when there is one, else the whole question, cut at commas and at the
    // "and"/"or" before the last item, with the words that only frame the question trimmed from each end.
    private List<string> Items(Question question)
    {
        var text = question.Text.TrimEnd('?', '.', '!', ' ');
        var colon = text.LastIndexOf(':');
        // A bracketed aside ("(NATO, Montenegro)", the context a follow-up carries) holds no item of the list.
        var listed = Bracketed().Replace(colon >= 0 ? text[(colon + 1)..] : text, " ");
        if (!listed.Contains(',', StringComparison.Ordinal) && colon < 0)
        {
            return [];
        }

        var framing = question.Lexicon.Words(Cue.Framing);
        var ordering = new[] { Cue.Chronology, Cue.First, Cue.Last, Cue.Compare }
            .SelectMany(question.Lexicon.Phrases).SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        bool Frames(string word) => framing.Contains(word) || ordering.Contains(word) || question.Lexicon.Articles.Contains(word);

        // "Who recognised Montenegro first, Russia, the US or the UK?", "Russia, China or France: who recognised it first?":
        // a stretch that opens with a question word is what each item did, not an item.
        var interrogatives = question.Lexicon.Words(Cue.Interrogative);
        var segments = ItemSeparator().Split(listed).ToList();
        var frame = string.Empty;
        var asking = segments.FindIndex(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] && interrogatives.Contains(first.ToLowerInvariant()));
        if (colon < 0 && asking >= 0)
        {
            frame = " " + string.Join(' ', segments[asking].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Frames(w.ToLowerInvariant())));
            segments.RemoveAt(asking);
        }

        var items = new List<string>();
        foreach (var raw in segments)
        {
            var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', ';')).Where(w => w.Length > 0).ToList();
            var start = words.FindIndex(w => !Frames(w.ToLowerInvariant()));
            var end = words.FindLastIndex(w => !Frames(w.ToLowerInvariant()));
            if (start < 0)
            {
                continue;
            }

            var item = words.Skip(start).Take(end - start + 1).ToList();
            if (item.Count > MaxItemWords)
            {
                return [];
            }

            items.Add(string.Join(' ', item) + frame);
        }

        return WithSharedPredicate(question, items);
    }

    // "Which came first: Russia, the UK or France recognise Montenegro?": the verb written once, with the last item, is what
    // each item did; an item that states nothing of its own (a bare name) takes it, or Russia would be any event of Russia's.
    private List<string> WithSharedPredicate(Question question, List<string> items)
    {
        if (question.PredicateTerms.Count == 0)
        {
            return items;
        }

        var shared = EvidenceSentences.Words(question.Text)
            .Where(w => _knowledge.Analyzer.Terms(w).Any(question.PredicateTerms.Contains))
            .Distinct(StringComparer.Ordinal).ToList();
        return items.Select(item => Question.Parse(item, _knowledge).PredicateTerms.Count == 0 ? $"{item} {string.Join(' ', shared)}" : item).ToList();
    }

    // One dated event for each item, no event twice; null when any item matches none. The best matches are taken first, so an
    // item whose best match is another item's event takes its next best.
    private List<Fact>? Match(Question question, List<string> items)
    {
        var ranked = items.Select(item =>
        {
            var candidates = events.DatedEvents(Question.Parse(item, _knowledge).ContentTerms, yearOnly: true);
            return events.Ranked(question, item, candidates, null, sameDayAllowed: true);
        }).ToList();
        if (ranked.Any(r => r.Count == 0))
        {
            return null;
        }

        var chosen = new Fact?[items.Count];
        var options = ranked.SelectMany((r, i) => r.Select(x => (Item: i, x.Fact, x.Rank))).OrderByDescending(x => x.Rank).ToList();
        foreach (var (item, fact, _) in options)
        {
            if (chosen[item] is null && !chosen.Any(c => c is not null && EventPairStrategy.SameEvent(c, fact)))
            {
                chosen[item] = fact;
            }
        }

        return chosen.All(c => c is not null) ? chosen.Select(c => c!).ToList() : null;
    }

    private static string Name(Fact fact) => EventPairStrategy.Lower(fact.Label);

    private static string Capitalise(string text) => EventPairStrategy.Capitalise(text);

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@",\s*(?:and|or|then)\s+|,|\s+(?:and|or|then)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ItemSeparator();
}
