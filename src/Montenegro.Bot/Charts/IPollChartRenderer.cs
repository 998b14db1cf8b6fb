namespace Montenegro.Bot.Charts;

/// <summary>Draws poll chart data as a PNG.</summary>
public interface IPollChartRenderer
{
    /// <summary>Draws <paramref name="data"/>, which has at least one series.</summary>
    /// <exception cref="ChartFontException">No font to draw the chart's text with.</exception>
    ChartImage Render(PollChartData data);
}
