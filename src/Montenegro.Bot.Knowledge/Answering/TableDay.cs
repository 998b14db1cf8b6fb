using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The day the ratification timeline table gives a milestone the article dates only to its month ("Montenegro entered
/// Intensified Dialogue with NATO in April 2008" and the row "Intensified Dialogue | 2008-04-03"), so that the time between
/// two milestones is counted in days, as the table counts them, rather than in loose months.
/// </summary>
internal static class TableDay
{
    /// <summary>
    /// The row's date for <paramref name="fact"/> when the fact tells a milestone the table dates to a day within the fact's
    /// own month; otherwise the fact's own date. A row that disagrees with the article is not taken over it.
    /// </summary>
    public static FactDate Of(Fact fact, KnowledgeBase knowledge)
    {
        var own = fact.Date!;
        if (own.Day is not null || own.Month is null || fact.IsTimelineStep)
        {
            return own;
        }

        // The row the fact was linked to, or, for a later telling of it ("..., which was granted in December 2009"), the row
        // of that month whose whole name the statement says.
        var row = knowledge.Facts.FirstOrDefault(f => f.IsTimelineStep && f.Milestone is not null && f.Date is { Day: not null } d
            && d.Iso.StartsWith(own.Iso + "-", StringComparison.Ordinal)
            && (string.Equals(f.Milestone, fact.Milestone, StringComparison.OrdinalIgnoreCase)
                || (f.Topic == fact.Topic && fact.Statement.Contains(f.Milestone, StringComparison.OrdinalIgnoreCase))));
        return row?.Date ?? own;
    }
}
