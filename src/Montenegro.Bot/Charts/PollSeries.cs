namespace Montenegro.Bot.Charts;

/// <summary>The polls of one pollster, oldest first.</summary>
/// <param name="PollsterId">The pollster's entity id; null for the polls whose source names no pollster.</param>
/// <param name="Name">The name the legend shows.</param>
/// <param name="Points">Its polls, oldest first: table rows and polls quoted in the text together.</param>
public sealed record PollSeries(string? PollsterId, string Name, IReadOnlyList<PollPoint> Points)
{
    /// <summary>The rows of the article's poll table, which the chart joins with a line.</summary>
    public IEnumerable<PollPoint> TablePoints => Points.Where(p => p.FromTable);

    /// <summary>Polls quoted in the article's text, drawn as hollow markers.</summary>
    public IEnumerable<PollPoint> TextPoints => Points.Where(p => !p.FromTable);
}
