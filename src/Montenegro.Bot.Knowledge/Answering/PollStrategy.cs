using Montenegro.Bot.Knowledge.Language;
using System.Globalization;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Opinion polls on NATO membership: filtered by pollster, population group, year and month, or picked
/// as the latest, earliest, highest or lowest. Table rows and polls quoted in the text are both kept
/// and always labelled, because for some months they disagree.
/// </summary>
internal sealed partial class PollStrategy(AnswerComposer composer) : IAnswerStrategy
{
    public const string Intent = "poll";
    private const int MaxListed = 8;

    // Built on first use; two threads racing build the same set.
    private HashSet<string>? _pollTerms;

    private readonly IReadOnlyList<Fact> _polls = composer.Knowledge.Facts
        .Where(f => f.Poll is not null)
        .OrderByDescending(f => f.Date ?? new FactDate(string.Empty, 0, null, null))
        .ToList();

    private string Range(IReadOnlyList<Fact> polls)
    {
        var dated = polls.Where(f => f.Date?.Year is not null).ToList();
        return dated.Count == 0 ? string.Empty : $", from {dated[^1].Date!.Text} to {dated[0].Date!.Text}";
    }

    // The question names a predicate that is neither a poll nor a stance a poll measures (support, opposition).
    private static bool NamesAnotherEvent(Question question)
    {
        if (question.Knowledge is not { } knowledge)
        {
            return false;
        }

        var lexicon = knowledge.Predicates;
        var stances = lexicon.PollFor.Concat(lexicon.PollAgainst).Concat(lexicon.PollUndecided).Select(t => t.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // "What did Ipsos find about NATO membership?": membership is what the polls ask about, not another event.
        var pollSubject = knowledge.PredicatesNamedBy(knowledge.Analyzer.Terms("membership").ToHashSet(StringComparer.Ordinal));
        return question.PredicateIds.Where(id => !pollSubject.Contains(id)).Select(lexicon.Find).OfType<Extraction.Predicate>()
            .Any(p => p.Topic != Intent && !p.Phrases.Any(stances.Contains));
    }

    // Support or opposition in a given year or month, of no one named (only NATO, what the polls ask about), asked as a
    // figure rather than of someone ("who supported NATO in 2016?", "which country was supporting it?" ask for the
    // parties or states) or of another event ("applied for the plan in November 2008 with the prime minister's support").
    private static bool DatedPublicSupport(Question question) =>
        question.Years.Count > 0
        && question.HasWord("support", "opposition", "opposed")
        && question.Entities.All(m => m.Entity.Id == "nato")
        && !question.StartsWith(Cue.Who)
        && question.WordList.FirstOrDefault() is not ("which" or "where" or "why")
        && !question.Has(Cue.CountryFocus) && !question.Has(Cue.GroupFocus)
        && !question.HasWord("election", "elections", "vote", "votes", "voted", "party", "parties", "mps", "government")
        && !NamesAnotherEvent(question);

    public Answer? TryAnswer(Question question)
    {
        var pollsters = question.EntitiesOf(EntityType.Pollster).ToList();
        var groups = question.EntitiesOf(EntityType.Group).ToList();
        var aboutSupport = question.HasWord("support", "supported", "supporting", "oppose", "opposed", "favour", "favor", "against", "membership");
        var aboutElection = question.HasWord("election", "elections", "won", "win", "vote", "votes", "voted", "party", "mps");
        // A pollster's name alone ("the government") does not make a question about another event (a coup, an accession) a
        // poll question, unless it asks how many.
        var strong = question.HasTerm("poll") || (pollsters.Count > 0 && (!NamesAnotherEvent(question) || question.Has(Cue.Count) || question.Has(Cue.HowMuch))) || question.HasWord("pollster", "pollsters")
            || (question.HasWord("percent", "percentage", "%", "share") && aboutSupport && !aboutElection)
            || (groups.Count > 0 && aboutSupport)

            // "What was the lowest support for NATO membership?": an extreme of support is an extreme of the polls.
            || ((question.Has(Cue.Highest) || question.Has(Cue.Lowest)) && aboutSupport && !aboutElection)

            // "The narrowest gap between supporters and opponents in the table", "did opposition ever exceed 60%?": a lead's
            // extreme, or a bound on a share, of the sides a poll measures.
            || (AboutStance(question) && !aboutElection && !NamesAnotherEvent(question) && !question.HasTerm("referendum", "independence")
                && ((question.Has(Cue.Lead) && AsksLeadExtreme(question) is not null) || (ConditionOf(question) is not null && !question.Has(Cue.Majority))));
        // "What was support for NATO in November 2008?": public support on a date, with no one named whose support it was, is
        // what the polls of that date measured, though the question never says "poll".
        strong = strong || DatedPublicSupport(question);

        // "The biggest lead in the whole table": a lead's extreme asked of a table is the poll table's, the only one with leads.
        strong = strong || (question.Has(Cue.Lead) && AsksLeadExtreme(question) is not null && (question.HasTerm("table") || question.Has(Cue.PollTable))
            && !aboutElection && !question.HasTerm("timeline", "ratification"));

        // "What share of people wanted a referendum?": a share of people asked of something a poll asked them (holding a
        // referendum), not of a vote or an election.
        strong = strong || (question.HasTerm("referendum") && (question.Has(Cue.Percentage) || question.Has(Cue.ShareAsked))
            && !aboutElection && _polls.Any(f => f.Statement.Contains("referendum", StringComparison.OrdinalIgnoreCase)));

        // "What does the figure of 72% refer to?": a share stated exactly as a poll gives it is that poll's.
        strong = strong || (!aboutElection && !NamesAnotherEvent(question) && StatesAPollsFigure(question));

        // "What did CEDEM find in June 2017, right around the time Montenegro joined?": a pollster the sources name for nothing
        // but its polls, with a date one of its polls has, asks for that poll whatever else the question says of the date.
        strong = strong || (pollsters.Count > 0 && pollsters.All(p => !composer.Knowledge.Facts.Any(f => f.Poll is null && f.EntityIds.Contains(p.Id)))
            && AnchorPoll(question) is not null);
        // "Did support for NATO hold up after Montenegro joined?": support with no one named whose it was, on one side of a dated
        // event, is what the polls on that side measured; the event bounds the polls and is no other event asked about.
        strong = strong || ((aboutSupport || question.HasWord("backing", "backed", "opposition", "opponents")) && !aboutElection && question.Entities.All(m => m.Entity.Id is "nato" or "montenegro")
            && !question.StartsWith(Cue.Who) && !question.Has(Cue.CountryFocus) && !question.Has(Cue.GroupFocus)
            && EventBound(question) is { } asideOf && question.Knowledge is { } known
            && !NamesAnotherEvent(Question.Parse(string.Join(' ', question.WordList.Take(question.WordList.Count - asideOf.Phrase.WordList.Count)), known)));
        var weak = question.HasWord("support", "supported", "oppose", "opposed", "opposition")
            && (question.HasWord("public", "people", "citizens", "population", "populace", "montenegrins", "opinion", "voters")
                || question.Has(Cue.Trend));
        // "Why do people oppose NATO?" asks for the reasons the article gives, not for figures.
        if (!strong && !weak || question.Has(Cue.Why))
        {
            return null;
        }

        // "What share of voters backed independence?": the polls measure NATO membership; support for something none of them
        // asks about is no poll figure.
        if (question.HasTerm("independence") && !_polls.Any(f => f.Statement.Contains("independence", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // "What did the Nansen Dialogue Centre's own survey find?", "a poll by Gallup": a poll the question says is someone's
        // whom the sources name as no pollster is a poll they do not have, not any poll of theirs.
        if (PollOwner.NamedOtherThanPollster(question, _polls) is { } owner)
        {
            return composer.Decline(Intent, "No such poll in my sources",
                $"My sources have no poll on NATO membership by {owner}. They have {_polls.Count} poll figures{Range(_polls)}.", question);
        }

        // A vote in parliament is not an opinion poll.
        if (question.HasTerm("mp", "abstention", "resolution") && !question.HasTerm("poll"))
        {
            return null;
        }

        // "The CEDEM poll taken two days earlier", "the one a year after October 2009": the counted time written out as the
        // date it comes to, and the question answered as one naming that date.
        if (question.Knowledge is { } knowledge && PollOffset.Resolve(question.Text, question.Lexicon) is { } counted)
        {
            return TryAnswer(Question.Parse(counted, knowledge));
        }

        // Questions about one poll against another name their polls themselves; the filters below would mix the two.
        if ((ChangeBetweenNamedPolls(question) ?? Neighbour(question)) is { } relative)
        {
            return relative;
        }

        IEnumerable<Fact> selected = _polls;
        var filters = new List<string>();
        if (pollsters.Count > 0)
        {
            selected = selected.Where(f => pollsters.Any(p => p.Id == f.Poll!.PollsterId));
            filters.Add("by " + string.Join(" or ", pollsters.Select(p => p.Name)));
        }

        if (groups.Count > 0)
        {
            selected = selected.Where(f => groups.Any(g => g.Id == f.Poll!.GroupId));
            filters.Add("of " + string.Join(" and ", groups.Select(g => g.Name)));
        }
        else if (question.Has(Cue.EthnicFocus))
        {
            // "Which ethnic group showed the strongest support?": the polls of each group, not of the whole population.
            selected = selected.Where(f => f.Poll!.GroupId is not null);
            filters.Add("of ethnic groups");
        }
        else
        {
            selected = selected.Where(f => f.Poll!.GroupId is null);
        }

        // "Before the 2016 election", "after June 2016": the side of an event's date or a month; its year and month bound the
        // polls and filter none of their own.
        var yearBound = YearBound.Describe(question);
        var eventBound = yearBound is null ? EventBound(question) : null;
        var years = eventBound is null ? question.Years : question.Years.Except(eventBound.Phrase.Years).ToList();
        IReadOnlyList<int> months = eventBound is null ? question.Months : question.Months.Except(eventBound.Phrase.Months).ToList();
        if (eventBound is not null)
        {
            selected = selected.Where(f => eventBound.Holds(f.Date));
            filters.Add(eventBound.Description);
        }

        if (yearBound is not null)
        {
            // "Since 2016", "after 2015", "before 2010": the polls on the asked side of the year, not those of that year.
            selected = selected.Where(f => YearBound.Contains(question, f.Date));
            filters.Add(yearBound);
        }
        else if (eventBound is null && years.Count == 2 && MonthSpan(question) is { } span)
        {
            // "From June 2016 to June 2017": each end's month bounds the span, so the polls between the two ends count too,
            // rather than only the polls of June in either year.
            selected = selected.Where(f => span.Holds(f.Date));
            months = [];
            filters.Add(span.Description);
        }
        else if (years.Count == 2 && question.HasWord("between", "from", "to", "until", "till", "through", "thru", "and"))
        {
            // "between 2008 and 2017": a range, not two single years.
            var (from, to) = (years.Min(), years.Max());
            selected = selected.Where(f => f.Date?.Year is { } y && y >= from && y <= to);
            filters.Add($"from {from} to {to}");
        }
        else if (years.Count > 0)
        {
            selected = selected.Where(f => f.Date?.Year is { } y && years.Contains(y));
            filters.Add("in " + string.Join(" or ", years));
        }

        if (months.Count > 0)
        {
            selected = selected.Where(f => f.Date?.Month is { } m && months.Contains(m));
            filters.Add("in " + string.Join(" or ", months.Select(m => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m))));
        }

        // "The poll of 24 June 2016": a poll of that month dated to another day is not the one named, when one is of that day.
        // Polls dated to their month or to a span of days, and those of other months, stay.
        if (question.Days.Count > 0 && selected.Any(f => f.Date is { Day: { } day, Month: { } month } && question.Days.Contains((day, month))))
        {
            selected = selected.Where(f => f.Date is not { Day: { } day, Month: { } month } || question.Days.Contains((day, month)) || !question.Days.Any(d => d.Month == month));
        }

        if (question.HasTerm("referendum"))
        {
            var onReferendum = selected.Where(f => f.Statement.Contains("referendum", StringComparison.OrdinalIgnoreCase)).ToList();
            if (onReferendum.Count > 0)
            {
                selected = onReferendum;
            }
        }

        // "In the poll table", "the tabulated polls" ask about the table's rows, not the figures the article's text gives.
        if (question.HasTerm("table") || question.Has(Cue.PollTable))
        {
            selected = selected.Where(f => f.Poll!.FromTable);
        }

        var list = selected.ToList();
        if (WithFigureAsked(list, question) is { } withFigure)
        {
            list = withFigure.Polls;
            filters.Add($"giving {withFigure.Figures}");
        }

        if ((DetailNotHeld(list, question) ?? WithoutPollster(list, question) ?? CountMeeting(list, question) ?? CountSelected(list, filters, question)
            ?? GroupsCompared(list, groups, question)) is { } aboutTheRows)
        {
            return aboutTheRows;
        }

        // "Compare the NSPM poll with the DAMAR poll of May 2016": the date belongs to one of them; each named pollster's
        // poll is shown, its own date's where the question gives one that fits it.
        if (pollsters.Count >= 2 && question.Has(Cue.Compare) && groups.Count == 0)
        {
            var each = pollsters.Select(p => list.Where(f => f.Poll!.PollsterId == p.Id).ToList() is { Count: > 0 } dated
                ? dated
                : _polls.Where(f => f.Poll!.PollsterId == p.Id && f.Poll.GroupId is null).ToList()).ToList();
            // "The DAMAR poll of 26 June 2016": of a pollster's polls that fit, the one whose date the question writes out.
            each = each.Select(polls => polls.Where(f => f.Date?.Text is { Length: > 0 } date && question.Text.Contains(date, StringComparison.OrdinalIgnoreCase)).ToList() is [var dated] ? [dated] : polls).ToList();
            if (each.All(polls => polls.Count is > 0 and <= 2))
            {
                var compared = each.SelectMany(polls => polls).ToList();
                var comparison = (compared.Count == 2 ? Verdict(compared[0], compared[1], question) : string.Empty)
                    + $"Polls by {string.Join(" and ", pollsters.Select(p => p.Name))} in my sources:\n"
                    + string.Join("\n", compared.Select(f => $"• {f.Statement}{(f.Poll!.FromTable ? " (poll table)" : " (article text)")}"));
                return new Answer(true, Intent, "Polls compared", comparison, [], composer.Sources(compared, question), []);
            }
        }

        if (list.Count == 0)
        {
            return composer.Decline(Intent, "No such poll in my sources",
                $"My sources have no poll on NATO membership {string.Join(" ", filters)}. They have {_polls.Count} poll figures{Range(_polls)}.",
                question);
        }

        if (AsksWhoPolled(question) && pollsters.Count == 0 && list.All(f => f.Poll!.PollsterId is null))
        {
            return UnnamedPollster(list.Take(MaxListed).ToList(), question);
        }

        if (pollsters.Count == 0 && Pollsters(list, question) is { } byPollster)
        {
            return byPollster;
        }

        var withFigures = list.Where(f => f.Poll!.For is not null).ToList();

        // "Of the polls that showed a pro-NATO majority, which had the widest lead?": the extreme is of the polls meeting the bound.
        if (ConditionOf(question) is { } bound && withFigures.Where(f => bound.Holds(Share(question.Has(Cue.Opposition) ? f.Poll!.Against : f.Poll!.For))).ToList() is { Count: > 0 } meeting)
        {
            withFigures = meeting;
        }
        var dated = list.Where(f => f.Date?.Year is not null).ToList();
        // "How do the first and the most recent polls compare?": both ends, side by side.
        var bounding = yearBound is not null || eventBound is not null;
        // "How did backing develop in the first CEDEM polls from 2008 through 2010?": a trend over the polls a filter keeps is
        // told over all of them; "first" there says which polls, not that the earliest alone is asked.
        var overTime = question.Has(Cue.Trend) && filters.Count > 0 && dated.Count >= 2;
        // "...in the months after Montenegro joined, comparing the June 2017 and October 2017 polls?": a question naming the
        // months of the polls it asks about asks for those, whatever "after" or "before" sets them in time.
        var namesItsPolls = question.Months.Count >= 2;
        var latest = !overTime && !namesItsPolls && AsksOrder(question, Cue.Last, Cue.After, bounding);
        if (dated.Count > 1 && latest && question.HasWord("first", "earliest", "oldest"))
        {
            var ends = new[] { dated[^1], dated[0] };
            var both = Verdict(ends[0], ends[1], question) + "The earliest and the most recent poll in my sources:\n"
                + string.Join("\n", ends.Select(f => $"• {f.Statement}{(f.Poll!.FromTable ? " (poll table)" : " (article text)")}"));
            return new Answer(true, Intent, "The first and the latest poll", both, [], composer.Sources(ends, question), []);
        }

        if (dated.Count > 0 && latest)
        {
            return Single(dated[0], question, "The most recent poll in my sources");
        }

        if (dated.Count > 0 && !overTime && !namesItsPolls && AsksOrder(question, Cue.First, Cue.Before, bounding))
        {
            return Single(dated[^1], question, "The earliest poll in my sources");
        }

        // "Most opposition" is the highest share against, not the highest support.
        var aboutOpposition = question.Has(Cue.Opposition);
        // "The biggest lead", "the closest poll": the widest or narrowest margin either way, as the table's lead column gives it.
        var withLead = withFigures.Where(f => !double.IsNaN(Share(f.Poll!.Lead))).ToList();
        if (AsksLeadExtreme(question) is { } narrowest && withLead.Count > 0)
        {
            // "The biggest lead the pro-NATO side ever had": the table's lead is a margin either way, so a side the question
            // names keeps only the polls that side led.
            var side = LeadingSide(question);
            var led = side is null ? withLead : withLead.Where(f => side > 0 ? Share(f.Poll!.For) > Share(f.Poll.Against) : Share(f.Poll!.Against) > Share(f.Poll.For)).ToList();
            if (led.Count > 0)
            {
                var pick = narrowest ? led.MinBy(f => Share(f.Poll!.Lead))! : led.MaxBy(f => Share(f.Poll!.Lead))!;
                var ofSide = side switch { > 0 => " for NATO membership", < 0 => " against NATO membership", _ => string.Empty };
                return Single(pick, question, (narrowest ? "The narrowest lead" : "The largest lead") + ofSide + " in my sources");
            }
        }

        // The ethnic groups' polls give shares in favour only: no extreme of opposition is drawn from them.
        var withAgainst = withFigures.Where(f => f.Poll!.Against is not null).ToList();
        if (aboutOpposition && withAgainst.Count > 0 && question.Has(Cue.Highest))
        {
            return Extreme(withAgainst, f => Share(f.Poll!.Against), highest: true, question, "The strongest opposition");
        }

        if (aboutOpposition && withAgainst.Count > 0 && question.Has(Cue.Lowest))
        {
            return Extreme(withAgainst, f => Share(f.Poll!.Against), highest: false, question, "The weakest opposition");
        }

        if (withFigures.Count > 0 && question.Has(Cue.Highest) && !aboutOpposition)
        {
            return Extreme(withFigures, f => Share(f.Poll!.For), highest: true, question, "The highest support");
        }

        if (withFigures.Count > 0 && question.Has(Cue.Lowest) && !aboutOpposition)
        {
            return Extreme(withFigures, f => Share(f.Poll!.For), highest: false, question, "The lowest support");
        }

        if (list.Count == 1)
        {
            return Single(list[0], question, null);
        }

        var shown = list.Take(MaxListed).ToList();
        // "Did opposition fall after 2015?": the trend of the side asked, support unless only opposition is named.
        var ofOpposition = aboutOpposition && !question.Has(Cue.StanceFor);
        var trended = dated.Where(f => (ofOpposition ? f.Poll!.Against : f.Poll!.For) is not null).ToList();
        var trend = question.Has(Cue.Trend) && trended.Count >= 2 ? Trend(trended, ofOpposition) : null;
        var lead = trend is not null ? trend + " The most recent:" : filters.Count == 0
            ? $"My sources give {list.Count} poll figures on NATO membership{Range(list)}. The most recent:"
            : $"Polls on NATO membership {string.Join(" ", filters)} in my sources ({list.Count}):";
        // The ethnic groups' figures share one sentence: each group's share, then the sentence once.
        var lines = shown.All(f => f.Poll!.GroupId is not null && f.Statement == shown[0].Statement)
            ? shown.Select(f => $"• {composer.Knowledge.EntitiesById[f.Poll!.GroupId!].Name}: {f.Poll.For}% in favour").Append(shown[0].Statement + " (article text)")
            : shown.Select(f => $"• {f.Statement}{(f.Poll!.FromTable ? " (poll table)" : " (article text)")}");
        var text = lead + "\n" + string.Join("\n", lines);
        if (list.Count > shown.Count)
        {
            text += $"\n…and {list.Count - shown.Count} more; ask about a year, a month or a pollster to narrow it down.";
        }

        if (HasDisagreement(shown))
        {
            text += "\nWhere the poll table and the article's text give different figures for the same month, both are shown.";
        }

        // "Which groups mainly do not support NATO, by the demographic breakdown of polling?": the overview of the polls is
        // the answer only when it speaks of everything the question names; otherwise a passage that does comes first.
        return new Answer(true, Intent, "Opinion polls on NATO membership", text, [], composer.Sources(shown, question), [])
        {
            IsTentative = filters.Count == 0 && trend is null && NamesMoreThanThePolls(question),
        };
    }

    // Whether the question speaks of a side a poll measures: support, opposition, their supporters or opponents.
    private static bool AboutStance(Question question) =>
        question.Has(Cue.Support) || question.Has(Cue.Opposition) || question.Has(Cue.StanceFor) || question.Has(Cue.StanceAgainst);

    // "The latest poll", "the earliest one": an order asked of the polls. The "after" of "polls after 2015" or "after the
    // election" bounds a time (the filters above) and asks no order, though the lexicon lists it among the words of order.
    private static bool AsksOrder(Question question, Cue order, Cue yearBound, bool bounded)
    {
        var bounding = bounded ? question.Lexicon.Phrases(yearBound) : [];
        return question.Lexicon.Phrases(order).Any(p => question.ContainsPhrase(p) && !bounding.Any(b => b.SequenceEqual(p)));
    }

    // +1 when the question asks of the side for membership ("the pro-NATO side", "in favour"), -1 of the side against
    // ("the anti-NATO camp", "opponents"), null when it names neither or both ("the biggest lead either way").
    private static int? LeadingSide(Question question)
    {
        // "The gap between for and against" names both sides by their column names.
        var pro = question.Has(Cue.StanceFor) || question.HasWord("pro") || (question.HasWord("for") && question.HasWord("against"));
        var anti = question.Has(Cue.StanceAgainst) || question.Has(Cue.Opposition);
        return pro == anti ? null : pro ? 1 : -1;
    }

    // True for the narrowest lead asked ("the smallest gap", "the closest poll"), false for the widest ("the biggest lead"),
    // null when no extreme of the lead is asked.
    private static bool? AsksLeadExtreme(Question question)
    {
        if (question.Has(Cue.CloseRace))
        {
            return true;
        }

        var lowest = question.Has(Cue.Lowest);
        return question.Has(Cue.Lead) && lowest != question.Has(Cue.Highest) ? lowest : null;
    }

    // A thing the question names that no poll's statement holds and the sources do ("breakdown", "demographic"); a verb of
    // saying or supporting ("what do the polls say") names what polls do, not another thing.
    private bool NamesMoreThanThePolls(Question question)
    {
        var knowledge = composer.Knowledge;
        _pollTerms ??= _polls.SelectMany(f => knowledge.Index.TermsOf(f.Id)).ToHashSet(StringComparer.Ordinal);
        return question.ContentTerms.Any(term => !_pollTerms.Contains(term) && !question.UnfamiliarTerms.Contains(term)
            && knowledge.PredicatesNamedBy(new HashSet<string>(StringComparer.Ordinal) { term }).Count == 0);
    }

    // "Which polling firms are in the table?", "which pollster carried out the most polls?": the pollsters of the polls
    // selected, with how many each carried out. Not "which pollster found the highest support", a poll's figure.
    private Answer? Pollsters(IReadOnlyList<Fact> polls, Question question)
    {
        // Any plural of a word for a pollster ("polling outfits") asks for the firms, not their figures.
        var namesFirms = question.HasWord("organisations", "organizations")
            || question.WordList.Any(w => w.EndsWith('s') && question.Lexicon.Words(Cue.PollsterNoun).Contains(w));
        var mostPolls = question.HasWord("most") && !question.Has(Cue.Last) && question.HasWord("polls", "surveys", "polling", "pollster", "firm", "company", "agency")
            && !question.HasWord("support", "supported", "oppose", "opposed", "opposition", "favour", "favor", "against", "lead", "margin");
        // The polls are all on NATO membership: "which polling firms surveyed Montenegrins on EU membership?" asks of other
        // polls, which the sources do not give.
        if ((!namesFirms && !mostPolls) || question.Entities.Any(m => m.Entity.Type == EntityType.Organisation && m.Entity.Id != "nato"))
        {
            return null;
        }

        // A poll the table lists and the text quotes too is one poll.
        var distinct = polls.Where(f => f.Poll!.PollsterId is not null).DistinctBy(f => (f.Poll!.PollsterId, f.Date?.Year, f.Date?.Month)).ToList();
        var counts = distinct
            .GroupBy(f => f.Poll!.PollsterId!, StringComparer.Ordinal)
            .Select(g => (Name: composer.Knowledge.EntitiesById.TryGetValue(g.Key, out var e) ? e.Name : g.Key, Polls: g.ToList()))
            .OrderByDescending(g => g.Polls.Count).ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        if (counts.Count == 0)
        {
            return null;
        }

        var lines = string.Join("\n", counts.Select(c => $"• {c.Name}: {c.Polls.Count} poll{(c.Polls.Count == 1 ? string.Empty : "s")}"));
        var sources = composer.Sources(counts.Select(c => c.Polls[0]).Take(MaxListed).ToList(), question);
        if (mostPolls)
        {
            var top = counts.Where(c => c.Polls.Count == counts[0].Polls.Count).Select(c => c.Name).ToList();
            return new Answer(true, Intent, "The pollster with the most polls",
                $"{string.Join(" and ", top)} carried out the most polls on NATO membership in my sources: {counts[0].Polls.Count} of the {distinct.Count} whose pollster they name.\n{lines}",
                [new AnswerField("Pollster", string.Join(", ", top)), new AnswerField("Polls", counts[0].Polls.Count.ToString(CultureInfo.InvariantCulture))], sources, []);
        }

        return new Answer(true, Intent, "Pollsters of the NATO polls",
            $"The polls on NATO membership in my sources name {counts.Count} pollsters:\n{lines}", [], sources, []);
    }

    // The verdict of two polls compared: which found more support (or, asked about opposition, more against), by how much.
    private static string Verdict(Fact first, Fact second, Question question)
    {
        if (question.Has(Cue.Lead) && LeadVerdict(first, second) is { } byLead)
        {
            return byLead;
        }

        var against = question.Has(Cue.Opposition);
        string? Figure(Fact f) => against ? f.Poll!.Against : f.Poll!.For;
        var (a, b) = (Share(Figure(first)), Share(Figure(second)));
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return string.Empty;
        }

        var what = against ? "opposition to NATO membership" : "support for NATO membership";
        if (a == b)
        {
            return $"Both found the same {what}: {Figure(first)}%.\n";
        }

        var (high, low) = a > b ? (first, second) : (second, first);
        var gap = Math.Abs(a - b).ToString("0.##", CultureInfo.InvariantCulture);
        var higher = char.ToUpperInvariant(what[0]) + what[1..];
        return $"{higher} was higher in the {high.Label} ({Figure(high)}%) than in the {low.Label} ({Figure(low)}%): {gap} points more.\n";
    }

    // "Which had the bigger lead?": the margin between the two sides of each poll, whichever side led.
    private static string? LeadVerdict(Fact first, Fact second)
    {
        // The table's lead where it gives one: its figures may leave out the undecided, so for minus against can differ.
        static double Margin(Fact f) => Share(f.Poll!.Lead) is var lead && !double.IsNaN(lead) ? Math.Abs(lead) : Math.Abs(Share(f.Poll!.For) - Share(f.Poll!.Against));
        var (a, b) = (Margin(first), Margin(second));
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return null;
        }

        static string Side(Fact f) => Share(f.Poll!.For) >= Share(f.Poll!.Against) ? "in favour of NATO membership" : "against NATO membership";
        static string Points(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        if (a == b)
        {
            return $"Both had the same lead: {Points(a)} points.\n";
        }

        var (big, small) = a > b ? (first, second) : (second, first);
        return $"The {big.Label} had the bigger lead: {Points(Margin(big))} points ({Side(big)}), where the {small.Label} had {Points(Margin(small))} points ({Side(small)}).\n";
    }

    // Polls are ordered newest first.
    private static string Trend(IReadOnlyList<Fact> polls, bool ofOpposition)
    {
        static string Who(Fact f) => f.Poll!.PollsterId is null ? $"{f.Date!.Text}" : $"{f.Label}";
        string Of(Fact f) => (ofOpposition ? f.Poll!.Against : f.Poll!.For)!;
        var first = polls[^1];
        var latest = polls[0];
        var high = polls.MaxBy(f => Share(Of(f)))!;
        var low = polls.MinBy(f => Share(Of(f)))!;
        var change = Share(Of(latest)) - Share(Of(first));
        var direction = change > 0 ? "rose" : change < 0 ? "fell" : "stayed level";
        return $"{(ofOpposition ? "Opposition to" : "Support for")} NATO membership {direction} from {Of(first)}% ({Who(first)}) to {Of(latest)}% ({Who(latest)}), "
            + $"peaking at {Of(high)}% ({Who(high)}) and lowest at {Of(low)}% ({Who(low)}).";
    }

    // ": Montenegrin Albanians (71.2%)": which group a group's poll figure is of, since its sentence gives every group's.
    private string OfGroup(Fact poll) =>
        poll.Poll!.GroupId is { } group && composer.Knowledge.EntitiesById.TryGetValue(group, out var entity)
            ? $", {entity.Name} ({poll.Poll.For}%)"
            : string.Empty;

    private Answer Single(Fact fact, Question question, string? lead) =>
        AsksWhoPolled(question) && fact.Poll!.PollsterId is null
            ? UnnamedPollster([fact], question)
            : composer.FromFacts(Intent, fact.Label, [fact], question, lead is null ? null : lead + ":");

    // "Which polling firm", "who ran the poll", and any poll question that opens with "who" ("who did the October 2014 poll"):
    // what is asked is who polled.
    private static bool AsksWhoPolled(Question question) => question.Has(Cue.PollsterAsked) || question.StartsWith(Cue.Who);

    // "Which firm carried out the October 2014 poll?": the sources name none, and saying so is a decline, not an answer.
    private Answer UnnamedPollster(IReadOnlyList<Fact> polls, Question question) =>
        composer.Decline(Intent, "Not in my sources",
            $"My sources don't say who carried out {(polls.Count == 1 ? "that poll" : "those polls")}: " + string.Join(" ", polls.Select(f => f.Statement)),
            question, composer.Sources(polls, question));

    private static bool HasDisagreement(IReadOnlyList<Fact> facts) =>
        facts.GroupBy(f => (f.Date?.Year, f.Date?.Month)).Any(g => g.Any(f => f.Poll!.FromTable) && g.Any(f => !f.Poll!.FromTable));

    /// <summary>A poll figure as a number ("54.2"), NaN when the table gives none.</summary>
    internal static double Share(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) ? share : double.NaN;
}
