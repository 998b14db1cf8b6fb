using System.Globalization;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Commands;

/// <summary>
/// The answers of bare commands (<c>/nato</c>, <c>/sources</c>) written in Montenegrin for users whose client is set to
/// it: the engine gives the same data for every language (the facts, the sources), and this writes it the way answers to
/// Montenegrin questions are written, with dates the Montenegrin way and the sources' own English words marked as such.
/// </summary>
public static class MontenegrinAnswers
{
    private const string TimelinePrefix = "nato/timeline/";

    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["Passages"] = "Odlomci",
        ["Facts"] = "Činjenice",
    };

    /// <summary>
    /// The NATO timeline of <paramref name="english"/> (the engine's <see cref="AnswerEngine.NatoTimeline"/>) in Montenegrin:
    /// the same milestones in the same order, dated the Montenegrin way, named in Montenegrin where the bot has the name.
    /// An answer that is not the timeline (a failure) is returned as it is.
    /// </summary>
    public static Answer NatoTimeline(AnswerEngine engine, Answer english)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(english);
        if (!english.Answered || english.Facts.Count == 0)
        {
            return english;
        }

        // The timeline table dates some milestones differently from the article; the English timeline shows both, so this does too.
        var tableDates = engine.Knowledge.Facts
            .Where(f => f.Id.StartsWith(TimelinePrefix, StringComparison.Ordinal) && f.Milestone is not null && f.Date is not null)
            .GroupBy(f => f.Milestone!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Date!, StringComparer.OrdinalIgnoreCase);
        var lines = english.Facts.Where(f => f.Date is not null).Select(f =>
        {
            var date = DateIn(engine, f.Date!);
            var table = f.Milestone is not null && tableDates.TryGetValue(f.Milestone, out var t) && t.Iso != f.Date!.Iso
                ? $" (tabela: {DateIn(engine, t)})"
                : string.Empty;
            var name = NatoMilestones.MontenegrinNames.TryGetValue(f.Label, out var local) ? local : f.Label;
            return $"• {date}{table}: {name}";
        });
        var text = "Put Crne Gore u NATO, kako ga datiraju moji izvori (nazive koje nemam na crnogorskom navodim na engleskom, kao u izvorima):\n"
            + string.Join("\n", lines);
        return english with { Title = "Put Crne Gore u NATO", Text = text };
    }

    // A date the sources give without its year ("10 May", the year said nearby) keeps its day and month, in Montenegrin.
    private static string DateIn(AnswerEngine engine, FactDate date) => date is { Year: null, Month: { } month }
        ? (date.Day is { } day ? string.Create(CultureInfo.InvariantCulture, $"{day}. ") : string.Empty) + engine.Knowledge.Lexicon.MonthName(month)
        : engine.InMontenegrin(date);

    /// <summary>The list of sources of <paramref name="english"/> (the engine's <see cref="AnswerEngine.SourceList"/>) in Montenegrin.</summary>
    public static Answer SourceList(AnswerEngine engine, Answer english)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(english);
        if (!english.Answered)
        {
            return english;
        }

        var lines = engine.Knowledge.Sources.Select(s =>
            $"• {s.Title} ({s.Kind}{(s.Publisher is null ? string.Empty : ", " + s.Publisher)}; period: {s.Period}; {s.Licence}){(s.Url is null ? string.Empty : " " + s.Url)}{(s.Notes is null ? string.Empty : ". " + s.Notes)}");
        var fields = english.Fields.Select(f => FieldNames.TryGetValue(f.Name, out var name) ? f with { Name = name } : f).ToList();
        return english with
        {
            Title = "Moji izvori",
            Text = "Odgovaram samo iz ovih dokumenata (njihovi opisi su na engleskom, kao i sami izvori):\n" + string.Join("\n", lines),
            Fields = fields,
        };
    }
}
