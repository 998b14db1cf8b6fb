using System.Globalization;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Charts;

/// <summary>
/// What a poll chart shows: the knowledge base's polls of support for NATO membership, one series per
/// pollster. Polls of one population group (e.g. Montenegrin Serbs) are left out, because they are not
/// the whole population's support, and so are polls with no year or no share in favour.
/// </summary>
/// <param name="PollsterId">The pollster the chart is limited to; null for every pollster.</param>
/// <param name="Series">One series per pollster, the most polls first; the polls that name no pollster come last.</param>
/// <param name="Sources">The documents the polls come from, for the chart's credit line.</param>
public sealed record PollChartData(string? PollsterId, IReadOnlyList<PollSeries> Series, IReadOnlyList<SourceDocument> Sources)
{
    /// <summary>The legend name of the polls whose source names no pollster.</summary>
    public const string UnnamedSeriesName = "Pollster not named";

    /// <summary>True when there is nothing to draw.</summary>
    public bool IsEmpty => Series.Count == 0;

    /// <summary>The series of <paramref name="knowledge"/>'s polls, all or only <paramref name="pollsterId"/>'s.</summary>
    public static PollChartData Build(KnowledgeBase knowledge, string? pollsterId = null)
    {
        var series = knowledge.Facts
            .Where(f => f.Poll is { GroupId: null } && (pollsterId is null || f.Poll.PollsterId == pollsterId))
            .Select(f => (Fact: f, Point: PointOf(f)))
            .Where(x => x.Point is not null)
            .GroupBy(x => x.Fact.Poll!.PollsterId)
            .Select(g => new PollSeries(
                g.Key,
                g.Key is null ? UnnamedSeriesName : LegendName(knowledge, g.Key),
                g.Select(x => x.Point!).OrderBy(p => p.Date).ThenBy(p => p.FactId, StringComparer.Ordinal).ToList()))
            .OrderBy(s => s.PollsterId is null)
            .ThenByDescending(s => s.Points.Count)
            .ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var sources = series.SelectMany(s => s.Points)
            .Select(p => knowledge.FactsById[p.FactId].PassageId)
            .Select(id => knowledge.PassagesById.TryGetValue(id, out var passage) ? passage.SourceId : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(id => knowledge.SourcesById.GetValueOrDefault(id))
            .OfType<SourceDocument>()
            .ToList();
        return new PollChartData(pollsterId, series, sources);
    }

    /// <summary>The point a poll fact puts on the chart, or null when it has no year or no parsable share in favour.</summary>
    public static PollPoint? PointOf(Fact fact)
    {
        if (fact.Poll?.For is not { } forShare || fact.Date?.Year is not { } year
            || !double.TryParse(forShare, NumberStyles.Float, CultureInfo.InvariantCulture, out var support)
            || support is < 0 or > 100)
        {
            return null;
        }

        // A month without a day (or a range of days) sits mid-month; a bare year mid-year.
        var date = fact.Date.Month is { } month and >= 1 and <= 12
            ? new DateOnly(year, month, Math.Clamp(fact.Date.Day ?? 15, 1, DateTime.DaysInMonth(year, month)))
            : new DateOnly(year, 7, 1);
        return new PollPoint(date, support, fact.Poll.FromTable, fact.Id);
    }

    // "the government" reads as a pollster's name in a legend when capitalised.
    private static string LegendName(KnowledgeBase knowledge, string pollsterId)
    {
        var name = knowledge.EntitiesById.TryGetValue(pollsterId, out var entity) ? entity.Name : pollsterId;
        if (name.StartsWith("the ", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        return name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;
    }
}
