using System.Globalization;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "What was the first step towards NATO?", "what was Montenegro's last step before joining NATO?", "the most recent
/// milestone of its accession": the first or last of the steps on the road into NATO, which the sources list themselves in
/// their ratification timeline table, or the one just before or after a step the question names. Only the table's named
/// rows are steps: the allies' unnamed ratifications are not Montenegro's.
/// </summary>
internal sealed class MilestoneOrderStrategy(AnswerComposer composer, EventPairStrategy events) : IAnswerStrategy
{
    private readonly Lazy<List<Fact>> _steps = new(() => Steps(composer.Knowledge));

    // The text's own statement of each table row's step, by the row's name, when the sources tell of it in words.
    private readonly Lazy<Dictionary<string, Fact>> _told = new(() => composer.Knowledge.Facts
        .Where(f => f.Milestone is not null && !f.IsTimelineStep)
        .GroupBy(f => f.Milestone!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    public Answer? TryAnswer(Question question)
    {
        var before = question.Lexicon.Words(Cue.Before);
        var after = question.Lexicon.Words(Cue.After);
        var words = question.WordList;

        // "Before" and "after" are also first and last words ("the first step before"): here they bound the step asked for.
        var asksFirst = words.Any(w => question.Lexicon.Words(Cue.First).Contains(w) && !before.Contains(w));
        var asksLast = question.Lexicon.Phrases(Cue.Last).Any(p => !(p is [var w] && after.Contains(w)) && question.ContainsPhrase(p));
        var anchorAt = words.Select((w, i) => (w, i)).FirstOrDefault(x => before.Contains(x.w) || after.Contains(x.w), (w: string.Empty, i: -1));
        if (asksFirst == asksLast && anchorAt.i >= 0)
        {
            // "The step after the invitation" is the next one; "the step before membership" the one just before.
            (asksFirst, asksLast) = (after.Contains(anchorAt.w), before.Contains(anchorAt.w));
        }

        if (asksFirst == asksLast || !question.Has(Cue.MilestoneNoun) || !question.Entities.Any(m => m.Entity.Id == "nato") || _steps.Value.Count == 0)
        {
            return null;
        }

        var steps = _steps.Value;
        Fact? anchor = null;
        if (anchorAt.i >= 0)
        {
            // A step is found by what the sources tell of it ("Montenegro joined NATO on 5 June 2017"), not only the table's name.
            var half = string.Join(' ', words.Skip(anchorAt.i + 1));
            var told = steps.Select(s => Told(s) ?? s).ToList();
            var found = events.Ranked(question, half, told, null, sameDayAllowed: true).Select(x => x.Fact).FirstOrDefault();
            anchor = found is null ? null : steps.First(s => s.Id == found.Id || (s.Milestone is not null && s.Milestone == found.Milestone));
            if (anchor is null)
            {
                // "The last step before the coup": a time the table's steps are not measured against.
                return null;
            }

            steps = before.Contains(anchorAt.w)
                ? steps.Where(s => s.Date!.CompareTo(anchor.Date) < 0).ToList()
                : steps.Where(s => s.Date!.CompareTo(anchor.Date) > 0).ToList();
            if (steps.Count == 0)
            {
                return null;
            }
        }

        // "The first NATO step in 2008": the first of that year's steps, not of the whole road.
        var ofYears = anchor is null && question.Years.Count > 0;
        if (ofYears)
        {
            steps = steps.Where(s => s.Date!.Year is { } y && question.Years.Contains(y)).ToList();
            if (steps.Count == 0)
            {
                return null;
            }
        }

        var step = asksFirst ? steps[0] : steps[^1];
        var which = (asksFirst ? "first" : "last") + (ofYears ? $" {string.Join(" or ", question.Years.Distinct())}" : string.Empty);
        var bound = anchor is null ? string.Empty : $" {anchorAt.w} \"{anchor.Milestone ?? anchor.Label}\" ({Day(anchor.Date!)})";
        // A table row is named by the table; a step only the text tells is told in its own sentence below, not by a made-up
        // label ("Serbia's application" was the State Union's).
        var lead = step.Milestone is { } name
            ? $"The {which} step{bound} on Montenegro's road into NATO in my sources: {name}, on {Day(step.Date!)}."
            : $"The {which} step{bound} on Montenegro's road into NATO in my sources, {(step.Date!.Day is null ? "in" : "on")} {Day(step.Date!)}:";
        var stepTold = Told(step);
        return composer.FromFacts("nato", "Step on the road into NATO", stepTold is null ? [step] : [stepTold, step], question)
            with { Text = lead + "\n• " + (stepTold ?? step).Statement };
    }

    // The table's named rows in date order, after any step towards NATO the text dates before the first of them (the State
    // Union's application to Partnership for Peace in June 2003): a dated statement naming NATO that is no poll.
    private static List<Fact> Steps(KnowledgeBase knowledge)
    {
        var rows = knowledge.Facts
            .Where(f => f.IsTimelineStep && f.Milestone is not null && f.Date?.Day is not null)
            .OrderBy(f => f.Date)
            .ToList();
        if (rows.Count == 0)
        {
            return rows;
        }

        var earlier = knowledge.Facts
            .Where(f => f.Date?.Month is not null && f.Date.CompareTo(rows[0].Date) < 0 && f.Poll is null && f.Topic != "ratification"
                && knowledge.EntitiesOfFact(f.Id).Contains("nato"))
            .OrderBy(f => f.Date);
        return [.. earlier, .. rows];
    }

    private Fact? Told(Fact step) => step.Milestone is not null && _told.Value.TryGetValue(step.Milestone, out var told) ? told : null;

    private static string Day(FactDate date) => date.Day is null
        ? date.Display
        : new DateOnly(date.Year!.Value, date.Month!.Value, date.Day.Value).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
