using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The allies' ratifications of Montenegro's accession. The timeline table lost the allies' names, so a
/// question about one ally's ratification is declined, except for what the text names (Spain, the US Senate).
/// </summary>
internal sealed class RatificationStrategy(AnswerComposer composer) : IAnswerStrategy
{
    public const string Intent = "ratification";

    private readonly IReadOnlyList<Fact> _rows = composer.Knowledge.Facts.Where(f => f.Topic == Intent).OrderBy(f => f.Date).ToList();
    // The text's own statement of which ally's ratification completed the accession: a dated ratification by a named state,
    // outside the table, that says it completed them.
    private readonly Fact? _completed = composer.Knowledge.Facts.FirstOrDefault(f => f.Topic != Intent && f.Date is not null
        && f.Predicates.Contains("ratify") && f.EntityIds.Any(id => composer.Knowledge.EntitiesById.TryGetValue(id, out var e) && e.Type == EntityType.Country)
        && f.Statement.Contains("completed", StringComparison.OrdinalIgnoreCase));

    private readonly OtherRatified _otherRatified = new(composer.Knowledge);

    // The timeline table's named rows (Partnership for Peace, ..., Member of NATO), earliest first.
    private readonly IReadOnlyList<Fact> _milestones = composer.Knowledge.Facts
        .Where(f => f.Milestone is not null && f.IsTimelineStep && f.Date is not null)
        .OrderBy(f => f.Date).ToList();

    public Answer? TryAnswer(Question question)
    {
        if (MilestoneAtEnd(question) is { } milestone)
        {
            return milestone;
        }

        // "Had the security agreement with Ukraine been ratified?" asks of another thing ratified than the accession.
        if (_rows.Count == 0 || !question.HasTerm("ratify") || _otherRatified.NamedIn(question))
        {
            return null;
        }

        // "What does Montenegro need to ratify next?" asks for the thing ratified, which the allies' table does not hold; one
        // that names a date or a year ("what was the earliest ratification date") asks when.
        if (question.WordList is ["what", ..] && !question.Has(Cue.When))
        {
            return null;
        }

        var countries = question.EntitiesOf(EntityType.Country).ToList();
        var aboutAllies = question.HasWord("ally", "allies", "allied", "members", "member", "states", "countries", "nations", "each", "every", "all", "other");
        // "Which country was the last to ratify?", "whose ratification finished it?": the one ally the text names as completing
        // them (Spain); any other ally asked for by name is not this strategy's to answer.
        var asksWhich = question.HasWord("which", "who", "whose") && !question.StartsWith(Cue.When) && !question.HasWord("date", "day", "when");
        var asksFirst = question.HasWord("first", "earliest");
        var asksLast = !asksFirst && (question.Has(Cue.Last) || question.HasWord("complete", "completed", "completing", "finished", "final", "concluded", "ended"));
        // "Who was the first to ratify?" asks for one of the ratifying allies as surely as "which country" does.
        // "Which NATO country was the very first to ratify?" asks for one of them too: the first is one the table lost the name of.
        aboutAllies = aboutAllies || (asksWhich && (asksFirst || asksLast) && question.WordList is ["who", ..])
            || (asksWhich && asksFirst && question.HasWord("country", "state", "nation", "government", "parliament"));
        if (countries.Count == 0 && !aboutAllies)
        {
            return question.HasWord("country", "whose") && asksWhich && asksLast && _completed is not null && question.Years.Count == 0
                ? composer.FromFacts(Intent, _completed.Label, [_completed], question)
                : null;
        }

        // "Was Spain the last to ratify?", "was Spain the first?": the text's own statement of whose ratification completed them
        // settles it for the ally it names. Of any other ally it says nothing but that it was not last, which the decline below
        // tells with that statement.
        if ((asksLast || asksFirst) && question.StartsWith(Cue.YesNo) && _completed is not null
            && countries.Any(c => _completed.EntityIds.Contains(c.Id)))
        {
            var evidence = composer.FromFacts(Intent, _completed.Label, [_completed], question);
            return evidence with { Text = (asksLast ? "Yes. " : "No. ") + evidence.Text };
        }

        // What the text names is answered by its own fact.
        if (countries.Any(c => c.Id is "spain" or "united-states"))
        {
            return null;
        }

        var first = _rows[0];
        var last = _rows[^1];
        var sources = composer.Sources([first, last, .. _completed is null ? Array.Empty<Fact>() : [_completed]], question);
        var summary = $"The ratification timeline table lists {_rows.Count} allied ratifications, from {first.Date!.Text} to {last.Date!.Text}, but the country names were lost from my copy (they were flag icons), so it does not say which ally ratified when.";
        if (_completed is not null)
        {
            summary += " " + _completed.Statement;
        }

        if (countries.Count > 0)
        {
            var names = string.Join(" or ", countries.Select(c => c.Name));
            return new Answer(false, Intent, "Not stated in my sources",
                $"My sources don't say when {names} ratified Montenegro's accession. {summary}", [], sources, []);
        }

        if (question.Has(Cue.Count) && question.Years.Count > 0)
        {
            return CountInYears(question, sources, summary);
        }

        // "Which ally ratified first?" asks for a name the table lost; "which ratification completed it?" for the one the
        // text names (Spain). "When was the first?" asks for a date the table keeps.
        if (asksWhich && asksFirst)
        {
            return new Answer(false, Intent, "Not stated in my sources",
                $"My sources don't name the first ally to ratify: the earliest ratification in the timeline table is dated {first.Date.Text}, without the country. {summary}",
                [], sources, []);
        }

        if (asksWhich && asksLast && _completed is not null)
        {
            return composer.FromFacts(Intent, _completed.Label, [_completed], question);
        }

        if (asksFirst)
        {
            return new Answer(true, Intent, "The first allied ratification",
                $"The earliest allied ratification in the timeline table is dated {first.Date.Text}; the source does not name the country. {summary}",
                [new AnswerField("Date", first.Date.Text)], sources, []);
        }

        if (asksLast)
        {
            return new Answer(true, Intent, "The last allied ratification",
                $"The latest allied ratification in the timeline table is dated {last.Date.Text}. {summary}",
                [new AnswerField("Date", last.Date.Text)], sources, []);
        }

        return new Answer(true, Intent, "Allied ratifications", summary,
            [new AnswerField("Allied ratifications", _rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             new AnswerField("Earliest", first.Date.Text), new AnswerField("Latest", last.Date.Text)], sources, []);
    }

    // "How many allied ratifications from 2016 are in the timeline table?": the rows dated in the years asked, counted. A year
    // no row has is declined rather than answered with none, as the table may simply not reach it.
    private Answer CountInYears(Question question, IReadOnlyList<AnswerSource> sources, string summary)
    {
        var years = string.Join(" or ", question.Years);
        var inYears = _rows.Where(f => f.Date?.Year is { } y && question.Years.Contains(y)).ToList();
        if (inYears.Count == 0)
        {
            return new Answer(false, Intent, "Not in my sources", $"The ratification timeline table lists no allied ratification in {years}. {summary}", [], sources, []);
        }

        var count = inYears.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var dates = string.Join(", ", inYears.Select(f => f.Date!.Text));
        return new Answer(true, Intent, "Allied ratifications counted",
            $"The ratification timeline table lists {count} allied ratification{(inYears.Count == 1 ? string.Empty : "s")} dated in {years} ({dates}), of the {_rows.Count} it lists. {summary}",
            [new AnswerField("Allied ratifications", count)], composer.Sources(inYears.Take(1).Concat([_rows[0], _rows[^1]]), question), []);
    }

    // "What was the first step in the ratification timeline table?": the earliest (or latest) of the table's named rows, when
    // the question names the timeline and asks for an end of it rather than for an ally's ratification.
    private Answer? MilestoneAtEnd(Question question)
    {
        if (_milestones.Count == 0 || !question.HasTerm("timeline") || question.Has(Cue.Before) || question.Has(Cue.After)
            || question.HasWord("ally", "allies", "allied", "country", "countries", "state", "states"))
        {
            return null;
        }

        var first = question.Has(Cue.First);
        if (first == question.Has(Cue.Last))
        {
            return null;
        }

        // "The first step in the timeline in 2008": the first of that year's steps, not of the whole table.
        var inYears = question.Years.Count == 0 ? _milestones : _milestones.Where(f => f.Date!.Year is { } y && question.Years.Contains(y)).ToList();
        if (inYears.Count == 0)
        {
            return null;
        }

        var pick = first ? inYears[0] : inYears[^1];
        var of = question.Years.Count == 0 ? string.Empty : $" dated {string.Join(" or ", question.Years.Distinct())}";
        var lead = first ? $"The first step{of} in the ratification timeline table" : $"The last step{of} in the ratification timeline table";
        return new Answer(true, "nato", pick.Label,
            $"{lead} is {pick.Milestone}, dated {pick.Date!.Text}. {pick.Statement}",
            [new AnswerField("Step", pick.Milestone!), new AnswerField("Date", pick.Date.Text)], composer.Sources([pick], question), []);
    }
}
