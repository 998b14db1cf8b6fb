using System.Globalization;
using ScottPlot;

namespace Montenegro.Bot.Charts;

/// <summary>
/// Draws support for NATO membership over time with ScottPlot: one colour per pollster, the poll table's
/// rows as filled markers joined by a line, polls quoted in the article's text as hollow markers of the
/// same colour, the 50% line dashed, and the legend outside the data so it never hides a poll.
/// </summary>
/// <param name="fontFile">The TrueType font to draw text with; null looks in <see cref="ChartFont.DefaultLocations"/>.</param>
public sealed class PollChartRenderer(string? fontFile = null) : IPollChartRenderer
{
    /// <summary>Width of every chart, in pixels.</summary>
    public const int Width = 1000;

    /// <summary>Height of every chart, in pixels.</summary>
    public const int Height = 600;

    // Okabe and Ito's colour-blind-safe palette, darkest and most distinct first; grey is kept for
    // the polls that name no pollster.
    private static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#E69F00"), Color.FromHex("#56B4E9"), Color.FromHex("#8C6D1F"), Color.FromHex("#000000"),
    ];

    private static readonly Color Unnamed = Color.FromHex("#7F7F7F");
    private static readonly Color Ink = Color.FromHex("#222222");

    /// <inheritdoc />
    public ChartImage Render(PollChartData data)
    {
        if (data.IsEmpty)
        {
            throw new ArgumentException("A poll chart needs at least one poll.", nameof(data));
        }

        ChartFont.EnsureRegistered(fontFile);
        using var plot = new Plot();
        plot.Font.Set(ChartFont.FamilyName);

        var legend = AddSeries(plot, data.Series);
        AddAxes(plot, data);
        AddLegend(plot, legend);

        var png = plot.GetImageBytes(Width, Height, ImageFormat.Png);
        return new ChartImage(png, Width, Height, FileName(data.PollsterId));
    }

    // One colour per pollster; returns the legend's entries in the same order.
    private static List<LegendItem> AddSeries(Plot plot, IReadOnlyList<PollSeries> allSeries)
    {
        var legend = new List<LegendItem>();
        var rings = new Dictionary<PollPoint, int>(SamePlace.Instance);
        var colourIndex = 0;
        foreach (var series in allSeries)
        {
            // Polls that name no pollster need not share one, so they are not joined by a line.
            var joined = series.PollsterId is not null;
            var colour = joined ? Palette[colourIndex++ % Palette.Length] : Unnamed;
            var table = series.TablePoints.ToList();
            if (table.Count > 0)
            {
                var line = plot.Add.Scatter(X(table), Y(table), colour);
                line.LineWidth = joined ? 2 : 0;
                line.MarkerShape = MarkerShape.FilledCircle;
                line.MarkerSize = 7;
            }

            // Two text polls at the same place (Ipsos and the government both gave 46% in March 2014)
            // become rings round each other instead of one hiding the other.
            foreach (var point in series.TextPoints)
            {
                var ring = rings.GetValueOrDefault(point);
                rings[point] = ring + 1;
                var quoted = plot.Add.Marker(ToX(point.Date), point.Support, MarkerShape.OpenCircle, 9 + (7 * ring), colour);
                quoted.MarkerLineWidth = 2;
            }

            legend.Add(new LegendItem
            {
                LabelText = $"{series.Name} ({series.Points.Count})",
                LineColor = colour,
                LineWidth = table.Count > 0 && joined ? 2 : 0,
                MarkerShape = table.Count > 0 ? MarkerShape.FilledCircle : MarkerShape.OpenCircle,
                MarkerSize = 7,
                MarkerFillColor = colour,
                MarkerLineColor = colour,
                MarkerLineWidth = 2,
            });
        }

        if (allSeries.Any(s => s.TextPoints.Any()))
        {
            legend.Add(new LegendItem
            {
                LabelText = "hollow: quoted in the text,\nnot in the poll table",
                LineWidth = 0,
                MarkerShape = MarkerShape.OpenCircle,
                MarkerSize = 7,
                MarkerLineColor = Ink,
                MarkerLineWidth = 2,
            });
        }

        return legend;
    }

    // Title, labels, the dashed 50% line, and limits that show every poll with some room around it.
    private static void AddAxes(Plot plot, PollChartData data)
    {
        plot.Title(Title(data), 17);
        plot.YLabel("Support for NATO membership (%)", 14);
        plot.XLabel(Credit(data), 11);
        plot.Axes.Bottom.Label.ForeColor = Color.FromHex("#555555");
        plot.Axes.Bottom.Label.Bold = false;

        var points = data.Series.SelectMany(s => s.Points).ToList();
        var (low, high) = SupportRange(points.Select(p => p.Support));
        var first = points.Min(p => p.Date).AddMonths(-4);
        var last = points.Max(p => p.Date).AddMonths(4);
        var dates = plot.Axes.DateTimeTicksBottom();
        dates.TickGenerator = DateTicks();
        plot.Axes.SetLimits(ToX(first), ToX(last), low, high);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(high - low > 30 ? 10 : 5);

        var half = plot.Add.HorizontalLine(50, 1.5f, Ink.WithAlpha(0.7), LinePattern.Dashed);
        half.ExcludeFromLegend = true;
        var label = plot.Add.Text("50%", ToX(last), 50);
        label.Alignment = Alignment.LowerRight;
        label.LabelFontSize = 12;
        label.LabelFontColor = Ink;
    }

    // Outside the data area, on the right: a legend inside would cover polls.
    private static void AddLegend(Plot plot, List<LegendItem> items)
    {
        plot.Legend.ManualItems.AddRange(items);
        plot.ShowLegend(Edge.Right);
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.FontSize = 13;
        plot.Legend.FontColor = Ink;
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.ShadowColor = Colors.Transparent;
    }

    /// <summary>The attachment name for a chart: <c>nato-polls.png</c>, or with the pollster's id, e.g. <c>nato-polls-cedem.png</c>.</summary>
    public static string FileName(string? pollsterId) =>
        pollsterId is null ? "nato-polls.png" : $"nato-polls-{new string(pollsterId.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant()}.png";

    private static string Title(PollChartData data) =>
        data.PollsterId is null
            ? "Support for NATO membership in Montenegro, by pollster"
            : $"Support for NATO membership in Montenegro: polls by {data.Series[0].Name}";

    private static string Credit(PollChartData data) =>
        data.Sources.Count == 0
            ? string.Empty
            : "Source: " + string.Join("; ", data.Sources.Select(s =>
                s.Publisher is null ? $"\u201C{s.Title}\u201D ({s.Licence})" : $"{s.Publisher}, \u201C{s.Title}\u201D ({s.Licence})"));

    // Round outwards to fives, keep 50% in view, and leave room above and below the extreme polls.
    private static (double Low, double High) SupportRange(IEnumerable<double> supports)
    {
        var values = supports.ToList();
        var low = Math.Floor((Math.Min(values.Min(), 50) - 2) / 5) * 5;
        var high = Math.Ceiling((Math.Max(values.Max(), 50) + 2) / 5) * 5;
        return (Math.Max(0, low), Math.Min(100, high));
    }

    // Ticks on new year's day read as the year, others as month and year: 07/01/2013 reads two ways.
    private static ScottPlot.TickGenerators.DateTimeAutomatic DateTicks() => new()
    {
        LabelFormatter = date => date.ToString(date is { Month: 1, Day: 1 } ? "yyyy" : "MMM yyyy", CultureInfo.InvariantCulture),
    };

    private static double[] X(IEnumerable<PollPoint> points) => points.Select(p => ToX(p.Date)).ToArray();

    private static double[] Y(IEnumerable<PollPoint> points) => points.Select(p => p.Support).ToArray();

    // Text polls are compared by where they are drawn, not by which fact they come from.
    private sealed class SamePlace : IEqualityComparer<PollPoint>
    {
        public static readonly SamePlace Instance = new();

        public bool Equals(PollPoint? x, PollPoint? y) => x?.Date == y?.Date && x?.Support == y?.Support;

        public int GetHashCode(PollPoint obj) => HashCode.Combine(obj.Date, obj.Support);
    }

    private static double ToX(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();
}
