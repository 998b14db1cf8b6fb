using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Did support go up or down between the June 2017 CEDEM poll and the October 2017 CISR/IRI poll?": the change between two
/// polls the question names one on each side of "between … and …" (or "from … to …"), told in time order with its direction.
/// </summary>
internal sealed partial class PollStrategy
{
    // The change between the two polls the question's two sides name, or null when either side does not name exactly one poll.
    private Answer? ChangeBetweenNamedPolls(Question question)
    {
        if (SidesOf(question) is not { } sides)
        {
            return null;
        }

        // Two polls named precisely, each by its pollster or month ("what happened to support between the June 2017 CEDEM poll
        // and the October 2017 poll?"), are set side by side whatever verb asks it, unless it counts polls; two years alone need
        // a word of change.
        var (one, other) = sides;
        bool Precise(Question side) => side.EntitiesOf(EntityType.Pollster).Any() || side.Months.Count > 0;
        if (!(question.Has(Cue.Trend) || question.Has(Cue.Compare) || question.Has(Cue.Difference) || (!question.Has(Cue.Count) && Precise(one) && Precise(other))))
        {
            return null;
        }

        var onePollsters = one.EntitiesOf(EntityType.Pollster).ToList();
        var otherPollsters = other.EntitiesOf(EntityType.Pollster).ToList();
        if (PollNamedBy(one, otherPollsters) is not { } first || PollNamedBy(other, onePollsters) is not { } second || first.Id == second.Id)
        {
            return null;
        }

        var (earlier, later) = first.Date!.CompareTo(second.Date!) <= 0 ? (first, second) : (second, first);
        var against = question.Has(Cue.Opposition);
        string Figure(Fact f) => (against ? f.Poll!.Against : f.Poll!.For)!;
        var (from, to) = (Share(Figure(earlier)), Share(Figure(later)));
        if (double.IsNaN(from) || double.IsNaN(to))
        {
            return null;
        }

        var what = against ? "Opposition to NATO membership" : "Support for NATO membership";
        var gap = Math.Abs(to - from).ToString("0.##", CultureInfo.InvariantCulture);
        var change = to == from
            ? $"{what} stayed at {Figure(earlier)}% from {Describe(earlier)} to {Describe(later)}."
            : $"{what} {(to > from ? "rose" : "fell")} from {Figure(earlier)}% ({Describe(earlier)}) to {Figure(later)}% ({Describe(later)}), {gap} points.";
        // "How did CEDEM's figures swing between September 2011 and September 2012?": the same pollster's polls between the two
        // are part of how its figures went from one to the other, so they are told too, with the highest and lowest of them all.
        var between = SamePollsterBetween(earlier, later).Where(f => !double.IsNaN(Share(Figure(f)))).ToList();
        if (between.Count > 0)
        {
            var all = between.Prepend(earlier).Append(later).ToList();
            var (high, low) = (all.MaxBy(f => Share(Figure(f)))!, all.MinBy(f => Share(Figure(f)))!);
            var pollster = composer.Knowledge.EntitiesById.TryGetValue(earlier.Poll!.PollsterId!, out var entity) ? entity.Name : "the same pollster";
            change += $" In between, {pollster}'s polls found {string.Join(", ", between.Select(f => $"{Figure(f)}% ({f.Date!.Text})"))}; "
                + $"the highest was {Figure(high)}% ({high.Date!.Text}) and the lowest {Figure(low)}% ({low.Date!.Text}).";
        }

        var polls = between.Prepend(earlier).Append(later).ToArray();
        var text = change + "\n" + string.Join("\n", polls.Select(Bullet));
        return new Answer(true, Intent, "Change between two polls", text, [], composer.Sources(polls, question), []) { Facts = polls };
    }

    // The span of months "from June 2016 to June 2017" names, or null when its two ends are not each a month of a year.
    private static PollMonthSpan? MonthSpan(Question question) =>
        SidesOf(question) is { } sides ? PollMonthSpan.Of(sides.One, sides.Other) : null;

    // The whole population's polls by the pollster of both ends dated strictly between them, oldest first; the table's row
    // where the table and the text both give a month.
    private List<Fact> SamePollsterBetween(Fact earlier, Fact later)
    {
        if (earlier.Poll!.PollsterId is not { } pollster || later.Poll!.PollsterId != pollster)
        {
            return [];
        }

        return _polls.Where(f => f.Poll!.GroupId is null && f.Poll.PollsterId == pollster && f.Date?.Year is not null)
            .Where(f => f.Date!.CompareTo(earlier.Date) > 0 && f.Date.CompareTo(later.Date) < 0 && !SameMonth(f.Date, earlier.Date!) && !SameMonth(f.Date, later.Date!))
            .GroupBy(f => (f.Date!.Year, f.Date.Month))
            .Select(g => g.FirstOrDefault(f => f.Poll!.FromTable) ?? g.First())
            .OrderBy(f => f.Date)
            .ToList();
    }

    // The article's telling of an end's poll ("July 2015" beside the table's "28 July 2015") is that poll, not one in between.
    private static bool SameMonth(FactDate a, FactDate b) => a.Year == b.Year && a.Month == b.Month;

    // The two sides of "between A and B", "from A to B" or "comparing A with B", each parsed as a question of its own.
    private static (Question One, Question Other)? SidesOf(Question question)
    {
        if (question.Knowledge is not { } knowledge)
        {
            return null;
        }

        var match = BetweenSides().Match(question.Text) is { Success: true } between ? between : FromToSides().Match(question.Text);
        if (match.Success)
        {
            return (Question.Parse(match.Groups["one"].Value, knowledge), Question.Parse(match.Groups["other"].Value, knowledge));
        }

        // "Comparing the first poll in the table with CEDEM's June 2017 poll, how much had support grown?": a change asked of
        // two polls set against each other names them on each side of the comparing word, as "between … and …" does.
        // Asked with no word of change, only a side that names its poll by its place in time ("the first poll in the table")
        // is one the comparison of pollsters' polls cannot find.
        var byChange = question.Has(Cue.Trend) || question.Has(Cue.Difference);
        if (!byChange && !question.Has(Cue.Compare))
        {
            return null;
        }

        var compared = ComparedWithSides().Match(question.Text) is { Success: true } after ? after : ComparingSides().Match(question.Text);
        if (!compared.Success)
        {
            return null;
        }

        var (one, other) = (Question.Parse(compared.Groups["one"].Value, knowledge), Question.Parse(compared.Groups["other"].Value, knowledge));
        // Two polls of one pollster ("CEDEM's December 2016 poll compared with CEDEM's June 2017 one") are no comparison of
        // pollsters either: each side's date names its poll.
        var onePollster = question.EntitiesOf(EntityType.Pollster).DistinctBy(e => e.Id).Count() == 1;
        return byChange || NamesOrder(one) || NamesOrder(other) || onePollster ? (one, other) : null;

        static bool NamesOrder(Question side) => side.Has(Cue.First) || side.Has(Cue.Last);
    }

    /// <summary>
    /// The one poll of the whole population a side names by its pollster, year and month, or null. A side that names no
    /// pollster is read by its date alone; only when that date has several polls does the other side's pollster decide.
    /// </summary>
    private Fact? PollNamedBy(Question side, IReadOnlyList<Entity> otherSidePollsters)
    {
        var pollsters = side.EntitiesOf(EntityType.Pollster).ToList();
        var first = side.Has(Cue.First);
        var last = side.Has(Cue.Last);
        if (pollsters.Count > 1 || (pollsters.Count == 0 && side.Years.Count == 0 && !first && !last) || side.Years.Count > 1 || side.Months.Count > 1)
        {
            return null;
        }

        var candidates = _polls.Where(f => f.Poll!.GroupId is null && f.Poll.For is not null && f.Date?.Year is not null)
            .Where(f => pollsters.Count == 0 || f.Poll!.PollsterId == pollsters[0].Id)
            .Where(f => side.Years.Count == 0 || f.Date!.Year == side.Years[0])
            .Where(f => side.Months.Count == 0 || f.Date!.Month == side.Months[0])
            .ToList();

        // The table and the text may both give a month; the table is the poll record.
        if (candidates.Count > 1 && candidates.Any(f => f.Poll!.FromTable))
        {
            candidates = candidates.Where(f => f.Poll!.FromTable).ToList();
        }

        if (candidates.Count > 1 && first != last)
        {
            // Polls are ordered newest first.
            candidates = [first ? candidates[^1] : candidates[0]];
        }

        if (candidates.Count > 1 && otherSidePollsters.Count > 0)
        {
            candidates = candidates.Where(f => otherSidePollsters.Any(p => p.Id == f.Poll!.PollsterId)).ToList();
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }

    // "CEDEM, June 2017", or the date alone for a poll whose pollster the sources do not name.
    private string Describe(Fact poll)
    {
        var pollster = poll.Poll!.PollsterId is { } id && composer.Knowledge.EntitiesById.TryGetValue(id, out var entity) ? entity.Name : null;
        var date = poll.Date?.Text ?? "undated";
        return pollster is null ? $"poll of {date}" : $"{pollster}, {date}";
    }

    // "the CEDEM poll of June 2017", or "the poll of Oct 2014" when the sources name no pollster.
    private string PollName(Fact poll)
    {
        var pollster = poll.Poll!.PollsterId is { } id && composer.Knowledge.EntitiesById.TryGetValue(id, out var entity) ? entity.Name + " " : string.Empty;
        return poll.Date is { } date ? $"the {pollster}poll of {date.Text}" : $"the {pollster}poll";
    }

    private static string Bullet(Fact poll) => $"• {poll.Statement}{(poll.Poll!.FromTable ? " (poll table)" : " (article text)")}";

    [GeneratedRegex(@"\bbetween\b(?<one>.+?)\band\b(?<other>.+)", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenSides();

    [GeneratedRegex(@"\bfrom\b(?<one>.+?)\b(?:to|until|till)\b(?<other>.+)", RegexOptions.IgnoreCase)]
    private static partial Regex FromToSides();

    // "support in A compared with B", "A versus B": A before the comparing words, B after them.
    [GeneratedRegex(@"(?<one>.+?)\b(?:compar(?:e|ed|ing)\s+(?:with|to|against)|versus|vs)\b\.?(?<other>.+)", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedWithSides();

    // "comparing A with B", "compare A to B": A after the comparing word, B after the word that joins the two.
    [GeneratedRegex(@"\bcompar(?:e|ed|ing)\b(?<one>.+?)\b(?:with|to|against|and)\b(?<other>.+)", RegexOptions.IgnoreCase)]
    private static partial Regex ComparingSides();
}
