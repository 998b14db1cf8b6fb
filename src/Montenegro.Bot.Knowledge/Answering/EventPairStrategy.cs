using System.Globalization;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Questions about two dated events: "how long after the invitation did Montenegro join NATO?" (the
/// time between them) and "who recognised first, the US or the UK?" (a verdict with both dates). The two
/// events are the pair of dated facts that together cover the question best, each covering a part the
/// other does not; with two names in the question, one fact about each.
/// </summary>
internal sealed class EventPairStrategy(AnswerComposer composer) : IAnswerStrategy
{
    private const int Candidates = 24;
    private const int Searched = 96;

    // Tie-breaks between facts that match a half alike: small beside the coverage and predicate bonus they reorder.
    private const double MilestoneBonus = 0.1;
    private const double OtherEventPenalty = 0.05;

    private readonly KnowledgeBase _knowledge = composer.Knowledge;

    public Answer? TryAnswer(Question question)
    {
        // "Applied for it and later got it; what was the gap between the two?": the gap between two events told in a row is a
        // time, unless the two are counts ("five expelled and later six more; what's the difference?").
        var sequence = EventSequence.Halves(question);
        var duration = question.Has(Cue.Duration)
            || (sequence is { } told && question.Has(Cue.Difference) && !StatedCountReader.Read(string.Join(' ', told.Earlier.Concat(told.Later)), _knowledge).Any());
        var named = question.Entities.Select(m => m.Entity).Where(e => e.Id is not ("nato" or "montenegro")).ToList();
        // A comparison sets two things side by side: two names, or two events joined by "or", "before", "after", "than".
        // "Before" or "after" alone compares only in a yes/no question ("did A happen before B?") or one that asks for an order
        // ("which came first, before or after B?"): "what had been approved in June, before the vote?" asks for a thing.
        var lexicon = question.Lexicon;
        var orderWords = lexicon.Words(Cue.First).Concat(lexicon.Words(Cue.Last)).Except(lexicon.Words(Cue.Before)).Except(lexicon.Words(Cue.After)).ToHashSet(StringComparer.Ordinal);
        var anchorsOnly = !question.StartsWith(Cue.YesNo) && !question.WordList.Any(orderWords.Contains);
        var compare = question.Has(Cue.Compare) && (named.Count >= 2 || question.WordList.Any(w => w is "or" or "than" or "versus" or "vs" || (!anchorsOnly && w is "before" or "after")));
        // "Were more diplomats expelled in September than in the spring?" sets two counts against each other, not two dates:
        // with no word of time order, it is no question of which came first.
        var timeOrder = lexicon.Words(Cue.First).Concat(lexicon.Words(Cue.Last)).ToHashSet(StringComparer.Ordinal);
        if (compare && QuantityComparison.SetsQuantitiesAgainstEachOther(question) && !question.WordList.Any(timeOrder.Contains))
        {
            compare = false;
        }

        if (!duration && !compare || question.ContentTerms.Count == 0)
        {
            return null;
        }

        // Time in years can be counted between events the sources date to the year only ("the 1999 bombing").
        var inYears = duration && question.WordList.Any(w => w is "years" or "year");
        var candidates = DatedEvents(question.ContentTerms, inYears);

        // "Which opened an embassy in the other's capital first, China or Montenegro?": one kind of event, done by each state.
        if (compare && !duration && named.Count == 1 && ActorComparison.Find(question, candidates, _knowledge) is { } acted)
        {
            var verdict = $"First, {acted.FirstName}: {Lower(acted.First.Label)}, on {acted.First.Date!.Display}, {Between(acted.First.Date, acted.Second.Date!)} "
                + $"before {Lower(acted.Second.Label)} ({acted.Second.Date!.Display}).";
            return composer.FromFacts("comparison", "Which came first", [acted.First, acted.Second], question)
                with { Text = verdict + "\n• " + acted.First.Statement + "\n• " + acted.Second.Statement };
        }

        // "Did A happen before or after B?", "which came first, A or B?": the two events are the two sides of the joining word,
        // in the question's order, so the verdict is said of the one it asks about. A side that names no event ("early on or
        // only much later") makes it a question about when one thing happened, not a comparison of two.
        var sides = compare && !duration && named.Count < 2 && SetsTwoSideBySide(question) ? CompareSides(question) : null;
        if (sides is { } s && (s.A.Count == 0 || s.B.Count == 0))
        {
            return null;
        }


        // A side whose event the sources tell without any date ("soon after opened a Permanent Mission") is not
        // the best dated event its words also match (an embassy opened): the passage's telling orders them, or nothing does.
        if (sides is { } loose && question.Years.Count == 0 && (UndatedEvent(question, loose.A) || UndatedEvent(question, loose.B)))
        {
            return ByTelling(question, loose.A, loose.B);
        }

        // A year the question names dates one of the two events ("between the 1999 bombing and joining NATO"): each half is
        // checked against its own; a pair found otherwise must fit them all.
        // So can the order of two events the question sets side by side, when their years differ: "joining sanctions in 2014"
        // came before "the coup of October 2016".
        var halves = sides is { } twoSides ? BySides(question, twoSides.A, twoSides.B, DatedEvents(question.ContentTerms, yearOnly: true))
            : named.Count < 2 ? ByHalves(question, candidates, sequence) : null;
        candidates = candidates.Where(f => SlotCheck.Fits(question, f.Statement, f.Date, requireDateForWhen: false) || question.Years.Count == 0).ToList();
        if (named.Count >= 2)
        {
            // One fact about each name: "the US or the UK". And about what the question asks of them: "UN membership or PfP"
            // is not answered by Russia's recognition, which names the UN Security Council.
            candidates = candidates
                .Where(f => named.Any(e => _knowledge.EntitiesOfFact(f.Id).Contains(e.Id)))
                .Where(f => question.PredicateIds.Count == 0 || f.Predicates.Count == 0 || FactStrategy.PredicateMatch(f.Predicates, question, _knowledge) > 0)
                .ToList();
        }

        // A side that matches no dated event ("or only much later") leaves one event, asked when it happened, unless the two
        // are told in a row in one passage, the later with a word that says so ("subsequently").
        if (sides is { } undated && halves is null)
        {
            return question.Years.Count == 0 ? ByTelling(question, undated.A, undated.B) : null;
        }

        // "Between A and B", "from A to B" names both events: a half that finds no dated event of its own is not made up by
        // the best pair of other events ("between Senin fleeing Russia and his extradition" is not China's relations).
        if (halves is null && sides is null && named.Count < 2 && NamesBothEvents(question))
        {
            return null;
        }

        // Asked how long something lasted, a span the sources state for it is the answer, rather than the time between
        // the best pair of other events its words cover.
        if (halves is null && sides is null && duration && named.Count < 2 && StatedSpan.Find(question, _knowledge, OrderingTerms(question)) is { } stated)
        {
            return composer.FromFacts("duration", "How long", [stated.Fact], question, lead: Capitalise(stated.Span) + ":");
        }

        var best = halves ?? BestPair(question, candidates, named);
        if (best is not { } pair)
        {
            return null;
        }

        // Two events of one year, one of them dated to the year alone, have no order the sources' dates give; only the way
        // they tell them may.
        if (!Ordered(pair.A.Date!, pair.B.Date!))
        {
            return sides is { } sameYear && question.Years.Count == 0 ? ByTelling(question, sameYear.A, sameYear.B) : null;
        }

        var (a, b) = TableDay.Of(pair.A, _knowledge).CompareTo(TableDay.Of(pair.B, _knowledge)) <= 0 ? (pair.A, pair.B) : (pair.B, pair.A);
        var text = duration && !compare ? Duration(a, b, AskedUnit(question))
            : sides is not null ? SidesVerdict(question, pair.A, pair.B)
            : Verdict(question, a, b, named);
        return composer.FromFacts(duration && !compare ? "duration" : "comparison", duration && !compare ? "Time between" : "Which came first", [a, b], question)
            with { Text = text + "\n• " + a.Statement + "\n• " + b.Statement };
    }

    /// <summary>
    /// The dated events <paramref name="terms"/> find, best first: those dated to the month at least, or to the year when
    /// <paramref name="yearOnly"/>; polls and the ratification table's rows are not events to compare.
    /// </summary>
    internal List<Fact> DatedEvents(IReadOnlyCollection<string> terms, bool yearOnly) =>
        // Searched wide and then narrowed: the table's 28 unnamed ratifications would otherwise crowd out the events asked about.
        _knowledge.Index.SearchFacts(terms, Searched)
            .Select(h => _knowledge.FactsById[h.Id])
            .Where(f => f.Date?.Year is not null && (f.Date.Month is not null || yearOnly) && f.Poll is null && f.Topic != "ratification")
            .Take(Candidates)
            .ToList();

    // The rank both sides need for a pair with an event dated to its year alone: every word of each side found.
    private const double YearDatedSideRank = 1.0;

    // A date that is a year as such ("2014"), or has a month; not a loose span of one ("late 2007", "up to 2018").
    private static bool BareYear(FactDate date) => date.Month is not null || date.Text.Trim().All(char.IsAsciiDigit);

    // Whether the sources' dates put two events in an order (or on one day): dates to the month at least, or different years.
    private static bool Ordered(FactDate a, FactDate b) => (a.Month is not null && b.Month is not null) || a.Year != b.Year;

    // The words on each side of the comparison's joining word ("before or after", "or", "than"), without the words that only
    // say what is compared ("which happened first"); empty when a side names nothing else.
    private (List<string> A, List<string> B)? CompareSides(Question question)
    {
        var words = question.WordList;
        var joiners = Joiners(question);
        var ordering = OrderingTerms(question);
        for (var i = 1; i < words.Count - 1; i++)
        {
            if (!joiners.Contains(words[i]))
            {
                continue;
            }

            var end = i;
            while (end < words.Count && (joiners.Contains(words[end]) || question.Lexicon.Phrases(Cue.First).Concat(question.Lexicon.Phrases(Cue.Last)).Any(p => p.Length == 1 && p[0] == words[end])))
            {
                end++;
            }

            var a = words.Take(i).ToList();
            var b = words.Skip(end).ToList();
            bool NamesSomething(List<string> side) =>
                _knowledge.Analyzer.Terms(string.Join(' ', side)).Any(t => !ordering.Contains(t) && _knowledge.Index.Knows(t) && !t.All(char.IsAsciiDigit));
            if (NamesSomething(a) || NamesSomething(b))
            {
                return (NamesSomething(a) ? a : [], NamesSomething(b) ? b : []);
            }
        }

        return null;
    }

    // "Which came first, A or B?", "did A happen before or after B?": a question that sets two things side by side. One that
    // only places something in time ("what did Montenegro promise before joining?", "did it join the UN before PfP?", where
    // "PfP" leans on the first verb) is left to the pair that covers the whole question.
    private static bool SetsTwoSideBySide(Question question)
    {
        var joiners = Joiners(question);
        var single = (Cue c) => question.Lexicon.Phrases(c).Where(p => p.Length == 1).Select(p => p[0]);
        var timeJoiners = single(Cue.Before).Concat(single(Cue.After)).ToHashSet(StringComparer.Ordinal);
        var ordering = single(Cue.First).Concat(single(Cue.Last)).Where(w => !joiners.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return question.WordList.Any(w => ordering.Contains(w) || (joiners.Contains(w) && !timeJoiners.Contains(w)));
    }

    // Words that join the two things compared: "before", "after", "or", "than", "versus"; not those that say which is
    // asked for ("first", "later"), which stand with one side.
    private static HashSet<string> Joiners(Question question)
    {
        var single = (Cue c) => question.Lexicon.Phrases(c).Where(p => p.Length == 1).Select(p => p[0]);
        return single(Cue.Before).Concat(single(Cue.After)).Concat(single(Cue.Compare).Except(single(Cue.First)).Except(single(Cue.Last)))
            .ToHashSet(StringComparer.Ordinal);
    }

    private HashSet<string> OrderingTerms(Question question) =>
        new[] { Cue.First, Cue.Last, Cue.Before, Cue.After, Cue.Compare }
            .SelectMany(question.Lexicon.Phrases).Where(p => p.Length == 1).SelectMany(p => _knowledge.Analyzer.Terms(p[0])).ToHashSet(StringComparer.Ordinal);

    // Facts a side may name, dated or not: the search's best, less polls and the allies' ratifications.
    private List<Fact> AnyEvents(Question question) =>
        _knowledge.Index.SearchFacts(question.ContentTerms, Searched)
            .Select(h => _knowledge.FactsById[h.Id])
            .Where(f => f.Poll is null && f.Topic != "ratification")
            .Take(Candidates)
            .ToList();

    // Whether the side's best match is a fact the sources do not date at all, ranked above every fact they do date.
    private bool UndatedEvent(Question question, List<string> side)
    {
        var ranked = Ranked(question, string.Join(' ', side), AnyEvents(question), null, sameDayAllowed: true);
        if (ranked.Count == 0 || ranked[0].Fact.Date?.Year is not null)
        {
            return false;
        }

        var dated = ranked.FirstOrDefault(x => x.Fact.Date?.Year is not null);
        return dated.Fact is null || dated.Rank < ranked[0].Rank;
    }

    // The order of the two sides' events as one passage tells them, for events the sources do not both date: "soon after
    // opened a Permanent Mission ... The new country subsequently joined PfP". Said of the side the question names first.
    private Answer? ByTelling(Question question, List<string> sideA, List<string> sideB)
    {
        var candidates = AnyEvents(question);
        var a = Ranked(question, string.Join(' ', sideA), candidates, null, sameDayAllowed: true).Select(x => x.Fact).FirstOrDefault();
        // The other side's event as the same passage tells it, if it does: the two are told together or not ordered at all.
        var rankedB = a is null ? [] : Ranked(question, string.Join(' ', sideB), candidates.Where(f => !SameEvent(f, a)).ToList(), null, sameDayAllowed: true).Select(x => x.Fact).ToList();
        var b = rankedB.FirstOrDefault(f => f.PassageId == a!.PassageId) ?? rankedB.FirstOrDefault();
        if (a is null || b is null || ToldOrder.Of(a, b, _knowledge) is not { } told)
        {
            return null;
        }

        var detail = $"my source tells of {Lower(told.First.Label)} first and says {Lower(told.Second.Label)} came \"{told.Word}\".";
        var text = !question.StartsWith(Cue.YesNo) || question.Has(Cue.Before) == question.Has(Cue.After)
            ? $"{Capitalise(Lower(told.First.Label))} came first: {detail}"
            : ((told.First == a) == question.Has(Cue.Before) ? "Yes: " : "No: ") + detail;
        return composer.FromFacts("comparison", "Which came first", [told.First, told.Second], question)
            with { Text = text + "\n• " + told.First.Statement + "\n• " + told.Second.Statement };
    }

    // One event for each side; two events of the same day are a fair answer ("same day"), two statements of one event are not.
    // The two are chosen together, so a side whose best match is the other side's event ("China's embassy in Podgorica"
    // also matches the one in China) takes its next best rather than losing the pair.
    private (Fact A, Fact B)? BySides(Question question, List<string> sideA, List<string> sideB, List<Fact> candidates)
    {
        var (textA, textB) = (string.Join(' ', sideA), string.Join(' ', sideB));
        var rankedA = Ranked(question, textA, candidates, null, sameDayAllowed: true);
        var rankedB = Ranked(question, textB, candidates, null, sameDayAllowed: true);
        // An event dated to its year alone is one side only when it is plainly that side's event and so is the other side's,
        // which the sources date to its month: two years' loose matches would set the question's events against others.
        // Each is its side's best match, too: a side whose best match is dated loosely ("from 2006") takes no lesser one.
        var (topA, topB) = (rankedA.FirstOrDefault().Fact?.Id, rankedB.FirstOrDefault().Fact?.Id);
        bool Admitted((Fact Fact, double Rank) x, (Fact Fact, double Rank) y) =>
            Ordered(x.Fact.Date!, y.Fact.Date!)
            && ((x.Fact.Date!.Month is not null && y.Fact.Date!.Month is not null) || ((x.Fact.Date.Month is not null || y.Fact.Date!.Month is not null) && x.Rank >= YearDatedSideRank && y.Rank >= YearDatedSideRank
                && BareYear(x.Fact.Date) && BareYear(y.Fact.Date!) && x.Fact.Id == topA && y.Fact.Id == topB));
        var pairs = rankedA.SelectMany(x => rankedB.Where(y => !SameEvent(x.Fact, y.Fact) && Admitted(x, y)).Select(y => (A: x, B: y))).ToList();
        if (pairs.Count == 0)
        {
            return null;
        }

        var best = pairs.MaxBy(p => p.A.Rank + p.B.Rank);
        return (best.A.Fact, best.B.Fact);
    }

    // The verdict said of the event the question asks about, the first it names: "After: A, 31 days after B"; "Yes."/"No."
    // when it asks only one way ("did A happen before B?"); the earlier first when it asks which came first.
    private string SidesVerdict(Question question, Fact asked, Fact other)
    {
        var order = asked.Date!.CompareTo(other.Date);
        if (asked.Date.Iso == other.Date!.Iso)
        {
            order = 0;
        }

        if (order == 0)
        {
            var sameDay = $"Same day: {Lower(asked.Label)} and {Lower(other.Label)} were both on {asked.Date.Display}.";
            return question.StartsWith(Cue.YesNo) && question.Has(Cue.SameDay) ? "Yes. " + sameDay
                : question.StartsWith(Cue.YesNo) && (question.Has(Cue.Before) ^ question.Has(Cue.After)) ? "No. " + sameDay : sameDay;
        }

        var (first, second) = order < 0 ? (asked, other) : (other, asked);
        if (!question.StartsWith(Cue.YesNo))
        {
            return $"{Capitalise(Lower(first.Label))}, {(first.Date!.Day is null ? "in" : "on")} {first.Date!.Display}, {Between(first.Date, second.Date!)} before {Lower(second.Label)} ({second.Date!.Display}).";
        }

        var relation = order < 0 ? "before" : "after";
        var detail = $"{Capitalise(Lower(asked.Label))} ({asked.Date.Display}) came {Between(first.Date!, second.Date!)} {relation} {Lower(other.Label)} ({other.Date.Display}).";
        var asksBefore = question.Has(Cue.Before);
        var asksAfter = question.Has(Cue.After);
        if (asksBefore == asksAfter || question.Has(Cue.SameDay))
        {
            return $"{Capitalise(relation)}: {detail}";
        }

        return ((order < 0) == asksBefore ? "Yes. " : "No. ") + detail;
    }

    // "How long after A did B", "between A and B", "from A to B": each half names one event.
    private (Fact A, Fact B)? ByHalves(Question question, List<Fact> candidates, (List<string> Earlier, List<string> Later)? sequence)
    {
        // Two events told in a row before the question are named both, as "between A and B" names them.
        (IEnumerable<string> A, IEnumerable<string> B, bool BothNamed)? halves = sequence is { } told ? (told.Earlier, told.Later, true) : NamedHalves(question);
        if (halves is not { } h)
        {
            return null;
        }

        // "After applying for it": a half whose object pronoun stands for the other half's thing is read with that thing.
        var a = (PointsBack(question, h.A.ToList()) ? BestFor(question, string.Join(' ', h.A.Concat(h.B)), candidates, null) : null)
            ?? BestFor(question, string.Join(' ', h.A), candidates, null);
        // "How long after A did B": B is the later event, so nothing the sources date before A is it.
        var later = h.BothNamed ? candidates : candidates.Where(f => a is null || f.Date!.CompareTo(a.Date) >= 0).ToList();
        var b = BestFor(question, string.Join(' ', h.B), later, a);

        // "Between applying for a MAP and getting it": a half whose "it" is an object (after a verb, not after "did") is about
        // the other half's thing, and so is one that finds nothing alone.
        if (a is not null && (b is null || (h.BothNamed && PointsBack(question, h.B.ToList()))))
        {
            b = BestFor(question, string.Join(' ', h.B.Concat(h.A)), candidates, a) ?? b;
        }

        return a is not null && b is not null ? (a, b) : null;
    }

    // The first "and" from `from` on that does not join a name the sources write whole ("Serbia and Montenegro", the State
    // Union's name): "between Serbia and Montenegro applying for it and Montenegro joining" has its halves at the second.
    private static int AndOutsideNames(Question question, int from)
    {
        var words = question.WordList;
        for (var i = from; i < words.Count; i++)
        {
            if (words[i] == "and" && !(i > 0 && i + 1 < words.Count && question.Knowledge is { } knowledge && JoinsAName(knowledge, words[i - 1], words[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }

    // Whether the sources write "Left and Right", both capitalised, as one name.
    private static bool JoinsAName(KnowledgeBase knowledge, string left, string right)
    {
        static string Capitalised(string w) => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..];
        var name = $"{Capitalised(left)} and {Capitalised(right)}";
        return knowledge.Writes(name, StringComparison.Ordinal);
    }

    // "Between A and B", "from A to B", "how long after A did B": the words of each event, and whether the question names both.
    private static (IEnumerable<string> A, IEnumerable<string> B, bool BothNamed)? NamedHalves(Question question)
    {
        var words = question.WordList;
        int At(string w, int from = 0) => words.Skip(from).ToList().IndexOf(w) is var i and >= 0 ? i + from : -1;
        (IEnumerable<string> A, IEnumerable<string> B, bool BothNamed)? halves = null;
        var betweenAt = question.WordList.ToList().FindIndex(question.Lexicon.Words(Cue.SpanBetween).Contains);
        // "Between Serbia and Montenegro applying and Montenegro joining": the "and" of a name joins no two events.
        var andAt = betweenAt >= 0 ? AndOutsideNames(question, betweenAt + 1) : -1;
        var fromAt = At("from");
        var toAt = fromAt >= 0 ? Math.Max(At("to", fromAt + 1), At("until", fromAt + 1)) : -1;
        var afterAt = At("after");
        // "What separated A from B": a span word's halves may be joined by "from" as well as by "and".
        var separatedFrom = betweenAt >= 0 && andAt < 0 ? At("from", betweenAt + 2) : -1;
        if (betweenAt >= 0 && andAt > betweenAt + 1)
        {
            halves = (words.Skip(betweenAt + 1).Take(andAt - betweenAt - 1), words.Skip(andAt + 1), true);
        }
        else if (separatedFrom > betweenAt + 1)
        {
            halves = (words.Skip(betweenAt + 1).Take(separatedFrom - betweenAt - 1), words.Skip(separatedFrom + 1), true);
        }
        else if (fromAt >= 0 && toAt > fromAt + 1)
        {
            halves = (words.Skip(fromAt + 1).Take(toAt - fromAt - 1), words.Skip(toAt + 1), true);
        }
        else if (afterAt >= 0)
        {
            // The main clause's auxiliary is the last one: "how long after Montenegro was invited did it join".
            var aux = words.Select((w, i) => (w, i)).LastOrDefault(x => x.i > afterAt + 1 && question.Lexicon.Phrases(Cue.YesNo).Any(p => p.Length == 1 && p[0] == x.w)).i;
            if (aux > afterAt + 1)
            {
                halves = (words.Skip(afterAt + 1).Take(aux - afterAt - 1), words.Take(afterAt).Concat(words.Skip(aux + 1)), false);
            }
            else if (aux == 0 && afterAt > 0 && afterAt + 1 < words.Count && question.Has(Cue.Duration))
            {
                // "How long did it take Montenegro to get the plan after applying for it?": the earlier event closes the question
                // after "after", with no clause of its own; the later one is everything before it.
                halves = (words.Skip(afterAt + 1), words.Take(afterAt), false);
            }
        }

        return halves;
    }

    private static bool NamesBothEvents(Question question)
    {
        var words = question.WordList.ToList();
        var between = words.FindIndex(question.Lexicon.Words(Cue.SpanBetween).Contains);
        var from = words.IndexOf("from");
        return (between >= 0 && words.Skip(between + 2).Contains("and"))
            || (from >= 0 && words.Skip(from + 2).Any(w => w is "to" or "until"));
    }

    private static bool PointsBack(Question question, List<string> half)
    {
        var pronouns = question.Lexicon.Words(Cue.ObjectPronoun);
        var auxiliaries = question.Lexicon.Words(Cue.YesNo);
        return Enumerable.Range(1, Math.Max(0, half.Count - 1)).Any(i => pronouns.Contains(half[i]) && !auxiliaries.Contains(half[i - 1]));
    }

    private Fact? BestFor(Question question, string half, List<Fact> candidates, Fact? other) =>
        Ranked(question, half, candidates, other, sameDayAllowed: false).Select(x => x.Fact).FirstOrDefault();

    // The facts that could be the event a half names, best first, each with its rank. A half is read alone, but the
    // organisation it leans on is the whole question's: "becoming a member" after "the alliance's invitation" is joining NATO.
    internal List<(Fact Fact, double Rank)> Ranked(Question question, string half, List<Fact> candidates, Fact? other, bool sameDayAllowed)
    {
        var halfQuestion = Question.Parse(half, _knowledge);
        var ordering = sameDayAllowed ? OrderingTerms(halfQuestion) : [];
        var terms = halfQuestion.ContentTerms.Where(t => _knowledge.Index.Knows(t) && t is not ("long" or "take" or "pass" or "passed") && !ordering.Contains(t)).ToList();

        // A half that is only a year ("between 2008 and 2017") names a time, not an event.
        if (terms.All(t => t.All(char.IsAsciiDigit)))
        {
            return [];
        }

        var scored = candidates
            .Where(f => halfQuestion.Years.All(y => f.Date!.Year == y || f.Statement.Contains(y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))
            .Where(f => other is null || ((sameDayAllowed || f.Date!.Iso != other.Date!.Iso) && !SameEvent(f, other)))
            .Select(f => (Fact: f, Score: Coverage.Of(halfQuestion, terms, _knowledge.Index.TermsOf(f.Id), _knowledge.Index, _knowledge.Index.ContextOf(f.Id))))
            // A fact that holds every word of the half is its event, though its verb is another: "Trump's memorandum on the
            // accession" is the memorandum signed, whose accession is only what it was on.
            .Where(x => x.Score >= 0.5 && !(sameDayAllowed is false && x.Score < 1 && StatesAnotherEvent(x.Fact, halfQuestion)))
            .Select(x => (x.Fact, Rank: x.Score + EventBonus(x.Fact, halfQuestion, terms) + MilestoneOrSoleEvent(x.Fact, halfQuestion, question)))
            .ToList();
        return scored
            .Select(x => (x.Fact, Rank: TellingRank(x, scored)))
            .OrderByDescending(x => x.Rank)
            .ThenBy(x => x.Fact.IsTimelineStep)
            .ToList();
    }

    // The article's telling of a timeline row's milestone is the row's event, in words: it ranks as high as the row, and
    // so before it ("Montenegro entered Intensified Dialogue in April 2008" rather than the bare table row).
    private static double TellingRank((Fact Fact, double Rank) telling, List<(Fact Fact, double Rank)> scored) =>
        telling.Fact.Milestone is { } milestone && !telling.Fact.IsTimelineStep
            ? scored.Where(x => x.Fact.IsTimelineStep && string.Equals(x.Fact.Milestone, milestone, StringComparison.OrdinalIgnoreCase))
                .Select(x => x.Rank).Append(telling.Rank).Max()
            : telling.Rank;

    // A half of "how long between A and B" whose verb or noun names an event ("the plan being granted") is not a fact that
    // states only other events (a coup): such a half finds nothing, and is then read with the other half's thing, or the
    // pair is declined. Sides of a comparison are not held to it: "entering Intensified Dialogue" names its event by the
    // programme, and its verb states none.
    private bool StatesAnotherEvent(Fact fact, Question half) =>
        half.PredicateIds.Count > 0 && OwnPredicates(fact) is { Count: > 0 } own && FactStrategy.PredicateMatch(own, half, _knowledge) <= 0;

    // The events a fact states. A row of the timeline table states its milestone by name alone ("Partnership for
    // Peace", "Accession protocol"), which says no verb; the ratification its statement's wording takes from the table's
    // title ("The ratification timeline table dates ...") is not its event.
    private static IReadOnlyList<string> OwnPredicates(Fact fact) =>
        fact.IsTimelineStep ? [] : fact.Predicates;

    // Of facts that match a half alike, the one that is the event named ranks first. When the question names NATO ("the
    // alliance's invitation"), a milestone on Montenegro's road into NATO is that event, not the same step taken with the
    // Adriatic Charter or the UN; and a fact that also states another event (a signature that mentions the invitation, a
    // grant that mentions the application) is less the event itself than one that states only it.
    private double MilestoneOrSoleEvent(Fact fact, Question half, Question question)
    {
        var namesNato = question.Entities.Concat(half.Entities).Any(m => m.Entity.Id == "nato");
        var milestone = namesNato && fact.Milestone is not null && !fact.IsTimelineStep;
        var otherEvents = half.PredicateIds.Count > 0 && OwnPredicates(fact).Any(p => FactStrategy.PredicateMatch([p], half, _knowledge) <= 0);
        return (milestone ? MilestoneBonus : 0) - (otherEvents ? OtherEventPenalty : 0);
    }

    // Two statements of one event: the same fact, or two of one timeline milestone.
    internal static bool SameEvent(Fact a, Fact b) =>
        a.Id == b.Id || string.Equals(a.Milestone ?? a.Id, b.Milestone ?? b.Id, StringComparison.OrdinalIgnoreCase);

    // A fact whose event is what the half names ranks above one that only mentions its words: it states the half's predicate,
    // or, when the half's verb names none ("become a member"), its predicate is said with one of the half's words.
    private double EventBonus(Fact fact, Question half, List<string> terms)
    {
        if (FactStrategy.PredicateMatch(OwnPredicates(fact), half, _knowledge) is var match and > 0)
        {
            return match;
        }

        var predicateTerms = _knowledge.Analyzer.Terms(string.Join(' ', fact.PredicateWords));
        return predicateTerms.Any(terms.Contains) ? FactStrategy.PredicateBonus / 2 : 0;
    }

    private (Fact A, Fact B)? BestPair(Question question, List<Fact> candidates, IReadOnlyList<Entities.Entity> named)
    {
        // "first", "earlier", "later" say what is compared, not what happened: Russia's recognition ("the first permanent
        // member to do so") is not the answer to "who recognised first, the US or the UK?".
        var ordering = new[] { Cue.First, Cue.Last, Cue.Before, Cue.After, Cue.Compare }
            .SelectMany(question.Lexicon.Phrases).Where(p => p.Length == 1).SelectMany(p => _knowledge.Analyzer.Terms(p[0])).ToHashSet(StringComparer.Ordinal);
        var terms = question.ContentTerms.Where(t => !ordering.Contains(t)).ToList();
        var covered = candidates.ToDictionary(f => f.Id, f => terms.Where(_knowledge.Index.TermsOf(f.Id).Contains).ToHashSet(StringComparer.Ordinal));
        (Fact, Fact, double)? best = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            for (var j = i + 1; j < candidates.Count; j++)
            {
                var (a, b) = (candidates[i], candidates[j]);
                if (a.Date!.Iso == b.Date!.Iso && named.Count < 2 || string.Equals(a.Milestone ?? a.Id, b.Milestone ?? b.Id, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (named.Count >= 2 && (!Comparable(a, b, question) || Subject(a, named) is not { } sa || Subject(b, named) is not { } sb || sa == sb))
                {
                    continue;
                }

                var onlyA = covered[a.Id].Except(covered[b.Id]).ToList();
                var onlyB = covered[b.Id].Except(covered[a.Id]).ToList();
                if (named.Count < 2 && (onlyA.Count == 0 || onlyB.Count == 0))
                {
                    continue;
                }

                var union = covered[a.Id].Union(covered[b.Id]).ToHashSet(StringComparer.Ordinal);
                var score = Coverage.Of(terms, union, _knowledge.Index);

                // Of pairs that cover the question alike, the one whose events are what it asks about ("membership").
                var rank = score + (FactStrategy.PredicateMatch(a.Predicates, question, _knowledge) + FactStrategy.PredicateMatch(b.Predicates, question, _knowledge)) / 4;
                if (score >= FactStrategy.MinCoverage && (best is null || rank > best.Value.Item3))
                {
                    best = (a, b, rank);
                }
            }
        }

        return best is { } p ? (p.Item1, p.Item2) : null;
    }

    // Two events of one kind (two recognitions), or two of different kinds that each state what the question asks ("UN
    // membership or PfP": an admission and a joining).
    private bool Comparable(Fact a, Fact b, Question question) =>
        a.Topic == b.Topic
        || (question.PredicateIds.Count > 0 && a.Predicates.Count > 0 && b.Predicates.Count > 0
            && FactStrategy.PredicateMatch(a.Predicates, question, _knowledge) > 0 && FactStrategy.PredicateMatch(b.Predicates, question, _knowledge) > 0);

    // The named entity a fact is about: its own subject first, then any it mentions. A fact whose own subject is another
    // state ("Russia gave official recognition ..., the first permanent member of the UN Security Council") is about
    // none of the names it only mentions.
    private string? Subject(Fact fact, IReadOnlyList<Entities.Entity> named)
    {
        if (fact.EntityIds.Count > 0 && fact.EntityIds[0] != "montenegro"
            && _knowledge.EntitiesById.TryGetValue(fact.EntityIds[0], out var own) && own.Type == Entities.EntityType.Country)
        {
            return named.Any(e => e.Id == own.Id) ? own.Id : null;
        }

        return named.FirstOrDefault(e => fact.EntityIds.Contains(e.Id))?.Id ?? named.FirstOrDefault(e => _knowledge.EntitiesOfFact(fact.Id).Contains(e.Id))?.Id;
    }

    // The unit the question counts in: "how many years", "how many days", "how many months"; asked only "how long", the
    // unit people reckon such a span in.
    private static TimeUnit AskedUnit(Question question) =>
        question.Has(Cue.YearsUnit) ? TimeUnit.Years
        : question.Has(Cue.DaysUnit) ? TimeUnit.Days
        : question.Has(Cue.MonthsUnit) ? TimeUnit.Months
        : TimeUnit.Natural;

    // Each event on the day the timeline table gives it when the article names only its month: writers count the time
    // between two milestones in days, as the table dates them.
    private string Duration(Fact a, Fact b, TimeUnit unit)
    {
        var (dayA, dayB) = (TableDay.Of(a, _knowledge), TableDay.Of(b, _knowledge));
        string Shown(Fact f, FactDate day) => day == f.Date ? f.Date!.Display : $"{f.Date!.Display}; timeline table: {day.Text}";
        return $"{Between(dayA, dayB, unit)} passed between {Lower(a.Label)} ({Shown(a, dayA)}) and {Lower(b.Label)} ({Shown(b, dayB)}).";
    }

    private string Verdict(Question question, Fact first, Fact second, IReadOnlyList<Entities.Entity> named)
    {
        string Name(Fact f) => Subject(f, named) is { } id ? _knowledge.EntitiesById[id].Name : Lower(f.Label);
        if (first.Date!.Iso == second.Date!.Iso)
        {
            return $"Both on the same day: {Name(first)} and {Name(second)}, on {first.Date.Display}.";
        }

        var verdict = $"{Capitalise(Name(first))}, on {first.Date.Display}, {Between(first.Date, second.Date)} before {Name(second)} ({second.Date.Display}).";
        if (named.Count >= 2 && question.Entities.Count >= 2 && question.StartsWith(Cue.YesNo))
        {
            // "Did the UK recognise before the US?": yes when the first named came first, unless the question asks "after".
            var firstNamedCameFirst = Subject(first, named) == question.Entities[0].Entity.Id;
            if (YesNo.OfferedOrder(question, firstNamedCameFirst ? -1 : 1) is { } order)
            {
                return order + " " + verdict;
            }

            var asksAfter = question.WordList.Any(w => YesNo.IsLate(question, w));
            return (firstNamedCameFirst != asksAfter ? "Yes. " : "No. ") + verdict;
        }

        // "Did Montenegro join PfP before it became independent?": no two names, but two events on either side of the one
        // time word; the verdict is said of the event before it, when each fact plainly matches one side.
        return AskedOneWay(question, first, second) is { } asked ? SidesVerdict(question, asked, asked == first ? second : first) : verdict;
    }

    // Of a yes/no question that asks one order only ("did A happen before B?"), the fact that is its A: the one covering
    // more of the words before the time word while the other covers more of those after it; null when the two facts do not
    // split the sides so, and the pair then stands without a yes or no.
    private Fact? AskedOneWay(Question question, Fact first, Fact second)
    {
        if (!question.StartsWith(Cue.YesNo) || question.Has(Cue.Before) == question.Has(Cue.After) || question.Has(Cue.SameDay))
        {
            return null;
        }

        var timeWords = question.Lexicon.Words(Cue.Before).Union(question.Lexicon.Words(Cue.After)).ToHashSet(StringComparer.Ordinal);
        var words = question.WordList;
        var at = words.ToList().FindIndex(timeWords.Contains);
        if (at <= 1 || at >= words.Count - 1)
        {
            return null;
        }

        var sideA = _knowledge.Analyzer.Terms(string.Join(' ', words.Take(at))).Where(question.ContentTermSet.Contains).ToList();
        var sideB = _knowledge.Analyzer.Terms(string.Join(' ', words.Skip(at + 1))).Where(question.ContentTermSet.Contains).ToList();
        double Cover(List<string> side, Fact f) => side.Count == 0 ? 0 : Coverage.Of(question, side, _knowledge.Index.TermsOf(f.Id), _knowledge.Index);
        var (a1, a2, b1, b2) = (Cover(sideA, first), Cover(sideA, second), Cover(sideB, first), Cover(sideB, second));
        return a1 > a2 && b2 > b1 ? first : a2 > a1 && b1 > b2 ? second : null;
    }

    /// <summary>
    /// The time between two dates in words, as exactly as the dates allow. Asked "how long", a span of some months is said
    /// first in whole months ("about 16 months"), or in years when the question counts years, with the exact days after it.
    /// </summary>
    /// <summary>The time from <paramref name="from"/> to <paramref name="to"/> as said in an answer ("about 3 months").</summary>
    internal static string Between(FactDate from, FactDate to, TimeUnit unit = TimeUnit.Days)
    {
        if (from.Day is { } d1 && to.Day is { } d2)
        {
            var start = new DateOnly(from.Year!.Value, from.Month!.Value, d1);
            var end = new DateOnly(to.Year!.Value, to.Month!.Value, d2);
            var days = end.DayNumber - start.DayNumber;
            var months = ((end.Year - start.Year) * 12) + end.Month - start.Month - (end.Day < start.Day ? 1 : 0);
            var rest = end.DayNumber - start.AddMonths(months).DayNumber;
            var parts = new List<string>();
            if (months / 12 > 0)
            {
                parts.Add(Plural(months / 12, "year"));
            }

            if (months % 12 > 0)
            {
                parts.Add(Plural(months % 12, "month"));
            }

            if (rest > 0)
            {
                parts.Add(Plural(rest, "day"));
            }

            var spelled = parts.Count > 1 ? $"{string.Join(", ", parts.SkipLast(1))} and {parts[^1]}" : null;
            var detail = spelled is null ? string.Empty : $" ({spelled})";
            if (days == 1)
            {
                return "one day";
            }

            if (unit == TimeUnit.Days || months < MonthsWorthSaying)
            {
                return $"{days.ToString(CultureInfo.InvariantCulture)} days{detail}";
            }

            // Rounded to the nearest whole month; "about" unless the span is whole months to the day.
            var wholeMonths = months + (rest * 2 >= DaysInMonth ? 1 : 0);
            unit = unit != TimeUnit.Natural ? unit : wholeMonths >= MonthsSaidInYears ? TimeUnit.Years : TimeUnit.Months;
            var inYears = unit == TimeUnit.Years && wholeMonths >= MonthsInYear;
            var about = rest == 0 && (!inYears || wholeMonths % MonthsInYear == 0) ? string.Empty : "about ";
            var lead = inYears
                ? about + Plural((int)Math.Round(wholeMonths / (double)MonthsInYear, MidpointRounding.AwayFromZero), "year")
                : about + Plural(wholeMonths, "month");
            return $"{lead} ({days.ToString(CultureInfo.InvariantCulture)} days{(spelled is null ? string.Empty : ": " + spelled)})";
        }

        if (from.Month is null || to.Month is null)
        {
            return $"about {Plural(to.Year!.Value - from.Year!.Value, "year")}";
        }

        var monthsApart = ((to.Year!.Value - from.Year!.Value) * 12) + to.Month.Value - from.Month.Value;
        if ((unit == TimeUnit.Years || (unit == TimeUnit.Natural && monthsApart >= MonthsSaidInYears)) && monthsApart >= MonthsInYear && monthsApart % MonthsInYear != 0)
        {
            return $"about {Plural((int)Math.Round(monthsApart / (double)MonthsInYear, MidpointRounding.AwayFromZero), "year")} ({Plural(monthsApart, "month")})";
        }

        return monthsApart >= 12 && monthsApart % 12 == 0 ? $"about {Plural(monthsApart / 12, "year")}" : $"about {Plural(monthsApart, "month")}";
    }

    // Under two months a span is said in days: "38 days (1 month and 8 days)".
    private const int MonthsWorthSaying = 2;
    private const int MonthsInYear = 12;

    // From two years on, "how long" is answered in years: "about 11 years", not "about 132 months".
    private const int MonthsSaidInYears = 24;
    private const int DaysInMonth = 30;

    /// <summary>The unit a duration question counts in.</summary>
    internal enum TimeUnit
    {
        Days,
        Months,
        Years,

        /// <summary>Asked only "how long": months for a span under two years, years for a longer one.</summary>
        Natural,
    }

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n.ToString(CultureInfo.InvariantCulture)} {unit}s";

    /// <summary>A fact's label as it reads inside a sentence: "the" lower case, a name ("Russia's recognition") as it is.</summary>
    internal static string Lower(string label) => label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1]) && !label.StartsWith("The ", StringComparison.Ordinal) ? label : label.Replace("The ", "the ", StringComparison.Ordinal);

    /// <summary>The text with its first letter upper case, to open a sentence.</summary>
    internal static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
