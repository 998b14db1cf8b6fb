using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The allies' ratifications of Montenegro's accession. The timeline table lost the allies' names, so a
/// question about one ally's ratification is declined, except for what the text names (Spain, the US Senate).
/// </summary>
internal sealed class RatificationStrategy(AnswerComposer composer) : IAnswerStrategy
{
    public const string Intent = "ratification";

    private readonly IReadOnlyList<Fact> _rows = composer.Knowledge.Facts.Where(f => f.Topic == Intent).OrderBy(f => f.Date).ToList();
    private readonly Fact? _completed = composer.Knowledge.Facts.FirstOrDefault(f => f.Id == "nato/allied-ratification-complete");

    public Answer? TryAnswer(Question question)
    {
        if (_rows.Count == 0 || !question.HasTerm("ratify"))
        {
            return null;
        }

        var countries = question.EntitiesOf(EntityType.Country).ToList();
        var aboutAllies = question.HasWord("allies", "allied", "members", "member", "states", "countries", "nations", "each", "every", "all", "other");
        if (countries.Count == 0 && !aboutAllies)
        {
            return null;
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

        if (question.HasWord("first", "earliest"))
        {
            return new Answer(true, Intent, "The first allied ratification",
                $"The earliest allied ratification in the timeline table is dated {first.Date.Text}; the source does not name the country. {summary}",
                [new AnswerField("Date", first.Date.Text)], sources, []);
        }

        return new Answer(true, Intent, "Allied ratifications", summary,
            [new AnswerField("Allied ratifications", _rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             new AnswerField("Earliest", first.Date.Text), new AnswerField("Latest", last.Date.Text)], sources, []);
    }
}
