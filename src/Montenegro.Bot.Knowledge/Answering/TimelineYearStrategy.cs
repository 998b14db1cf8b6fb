using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Which milestones in the ratification timeline are dated 2008?", "what NATO steps fall between 2015 and 2016?", "how many
/// steps of the timeline are dated 2017?": the named steps of the sources' timeline table dated in the years asked, each with
/// its day, and how many they are; asked of the table with no year ("what stages does the timeline table list?"), all of them. A year is no day, so
/// <see cref="ReverseDateStrategy"/> (keyed by a day) leaves these; a month is <see cref="DatedEventStrategy"/>'s. The
/// allies' unnamed ratifications are no steps of Montenegro's, and a year the table dates no step to is left to the
/// other strategies, which may find the text's own steps of it.
/// </summary>
internal sealed class TimelineYearStrategy(AnswerComposer composer) : IAnswerStrategy
{
    private static readonly Cue[] OtherAsks = [Cue.First, Cue.Last, Cue.Before, Cue.After, Cue.Why];

    // The table's named rows (Partnership for Peace, ..., Member of NATO), earliest first.
    private readonly Lazy<List<Fact>> _steps = new(() => composer.Knowledge.Facts
        .Where(f => f.Milestone is not null && f.IsTimelineStep && f.Date?.Year is not null)
        .OrderBy(f => f.Date).ToList());

    public Answer? TryAnswer(Question question)
    {
        var years = question.Years.Distinct().Order().ToList();
        // A day or a month asked ("dated 2008-04-03", "in April 2008") is another strategy's.
        var counting = question.Has(Cue.Count);
        // "What stages are listed in the ratification timeline table?": no year asked, and the table named with its steps, is
        // every step it lists.
        var whole = years.Count == 0 && question.HasTerm("timeline") && (question.Has(Cue.MilestoneNoun) || question.Has(Cue.RecordNoun));
        if ((years.Count == 0 && !whole) || !(counting ? question.Has(Cue.MilestoneNoun) || question.Has(Cue.RecordNoun) : AsksWhich(question)) || OtherAsks.Any(question.Has) || question.StartsWith(Cue.When) || question.StartsWith(Cue.YesNo)
            || (DatedEventStrategy.Asked(question) ?? ReverseDateStrategy.IsoAsked(question)) is not null || !AboutTheTimeline(question))
        {
            return null;
        }

        // "Between 2015 and 2016", "from 2008 to 2009": every year of the span; "2008 or 2009": those years.
        var span = years.Count == 2 && question.HasWord("between", "from", "to", "through", "until", "till");
        bool InYears(int year) => span ? year >= years[0] && year <= years[^1] : years.Contains(year);
        var steps = _steps.Value.Where(f => whole || InYears(f.Date!.Year!.Value)).ToList();
        if (steps.Count == 0)
        {
            return null;
        }

        // "Which steps on Montenegro's road to NATO happened in 2008?" asks of the road, not of the table: the steps the text
        // dates to the year and the table leaves out (the Adriatic Charter invitation, the application for a plan) are
        // steps of it too. A step the text dates that is a row of the table is told once, by the row. Like the table's, a
        // step is dated to its month at least: what went on through a season ("in early 2009 they launched a campaign") is
        // no step taken.
        var ofTheTable = question.HasTerm("timeline") || question.HasTerm("table");
        var inTable = steps.Select(f => f.Milestone!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var told = whole || ofTheTable ? [] : composer.Knowledge.Facts
            .Where(f => f.Topic == "nato" && !f.IsTimelineStep && f.Poll is null && f.Date?.Year is { } year && InYears(year) && f.Date.Month is not null
                && (f.Milestone is null || !inTable.Contains(f.Milestone))
                && !steps.Any(t => f.Statement.Contains(t.Milestone!, StringComparison.OrdinalIgnoreCase) && t.Date!.Year == year && t.Date.Month == f.Date.Month))
            .DistinctBy(f => f.Statement)
            .ToList();
        if (told.Count > 0)
        {
            return TextAndTable(question, span ? $"the years {years[0]} to {years[^1]}" : string.Join(" or ", years), steps, told);
        }

        var asked = whole ? "the whole table" : span ? $"the years {years[0]} to {years[^1]}" : string.Join(" or ", years);
        var count = steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var listed = string.Join("; ", steps.Select(f => $"{f.Milestone} ({f.Date!.Text})"));
        var lead = whole
            ? $"The ratification timeline table lists {count} steps on Montenegro's road into NATO, besides the allies' ratifications: {listed}."
            : $"The ratification timeline table dates {count} step{(steps.Count == 1 ? string.Empty : "s")} on Montenegro's road into NATO to {asked}: {listed}.";
        IReadOnlyList<AnswerField>? fields = counting ? [new AnswerField("Steps", count)] : null;
        return composer.FromFacts("nato", $"Steps of {asked}", steps, question, fields: fields)
            with { Text = lead + "\n" + string.Join("\n", steps.Select(f => "• " + f.Statement)) };
    }

    // The table's steps and the text's of the years asked, in date order, each with its date as the source writes it.
    private Answer TextAndTable(Question question, string asked, IReadOnlyList<Fact> steps, IReadOnlyList<Fact> told)
    {
        var all = steps.Concat(told).OrderBy(f => f.Date).ToList();
        var count = all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A row of the table is told by its name and day; a step of the text by its sentence.
        var lines = all.Select(f => f.IsTimelineStep ? $"• {f.Milestone} ({f.Date!.Text}, ratification timeline table)" : $"• {f.Date!.Display}: {f.Statement}");
        var lead = $"My sources date {count} step{(all.Count == 1 ? string.Empty : "s")} on Montenegro's road into NATO to {asked}:";
        IReadOnlyList<AnswerField>? fields = question.Has(Cue.Count) ? [new AnswerField("Steps", count)] : null;
        return composer.FromFacts("nato", $"Steps of {asked}", all, question, fields: fields)
            with { Text = lead + "\n" + string.Join("\n", lines) };
    }

    // "Which milestones…", "what steps…", "list the steps…": the steps themselves are asked for.
    private static bool AsksWhich(Question question) =>
        question.WordList is ["which" or "what" or "list" or "name", ..] || question.HasWord("list");

    // The timeline itself, or steps towards NATO: "which steps did Montenegro take in 2008" names neither and may mean any step.
    // The allies' ratifications, which the table lists unnamed, are RatificationStrategy's: "how many allied ratifications in
    // the timeline are dated 2016?" asks for none of Montenegro's own steps.
    private static bool AboutTheTimeline(Question question)
    {
        var stepNamed = question.Has(Cue.MilestoneNoun) || question.Has(Cue.RecordNoun);
        if (question.HasWord("ally", "allies", "allied", "country", "countries", "state", "states", "members") || (question.HasTerm("ratify") && !stepNamed))
        {
            return false;
        }

        return question.HasTerm("timeline") || (stepNamed && question.Entities.Any(m => m.Entity.Id == "nato"));
    }
}
