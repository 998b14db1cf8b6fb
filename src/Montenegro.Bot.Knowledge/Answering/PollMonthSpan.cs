using System.Globalization;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "From June 2016 to June 2017", "between September 2011 and September 2012": a span of polls whose two ends are each a
/// month of a year. Every poll dated inside it belongs to it, not only those of the two ends' months.
/// </summary>
/// <param name="From">The first month of the span, counted as year × 12 + month.</param>
/// <param name="To">The last month of the span, counted the same way.</param>
internal sealed record PollMonthSpan(int From, int To)
{
    /// <summary>"from June 2016 to June 2017", for the answer's list of filters.</summary>
    public string Description => $"from {Name(From)} to {Name(To)}";

    /// <summary>
    /// Whether a poll's date falls inside the span. A poll dated to its year alone is inside only when that whole year is.
    /// </summary>
    public bool Holds(FactDate? date) => date switch
    {
        { Year: { } year, Month: { } month } => Month(year, month) >= From && Month(year, month) <= To,
        { Year: { } year } => Month(year, 1) >= From && Month(year, 12) <= To,
        _ => false,
    };

    /// <summary>The span of the two sides of "between … and …" or "from … to …", each naming one year and one month.</summary>
    public static PollMonthSpan? Of(Question one, Question other)
    {
        if (one.Years.Count != 1 || other.Years.Count != 1 || one.Months.Count != 1 || other.Months.Count != 1)
        {
            return null;
        }

        var (a, b) = (Month(one.Years[0], one.Months[0]), Month(other.Years[0], other.Months[0]));
        return a == b ? null : new PollMonthSpan(Math.Min(a, b), Math.Max(a, b));
    }

    private static int Month(int year, int month) => (year * 12) + month - 1;

    private static string Name(int month) =>
        $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName((month % 12) + 1)} {month / 12}";
}
