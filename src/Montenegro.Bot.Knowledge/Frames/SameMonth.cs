using System.Globalization;
using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "Who visited later that month?", "who came over on the 28th of that month?" after an answer dated to a month: "that month"
/// is the month of that answer's date, so the follow-up asks its own question in it ("who visited in August 2006?"), not the
/// last question again.
/// </summary>
internal static partial class SameMonth
{
    /// <summary>The follow-up with "that month" as the last answer's month and year; null when it says no such thing or the last answer dated no one month.</summary>
    /// <param name="english">The follow-up, in English.</param>
    /// <param name="last">The turn before it.</param>
    public static string? Resolve(string english, ConversationTurn last)
    {
        // ISO "2006-08-15" or "2006-08": a year alone has no month to stand for.
        // The date the answer gave, else the one month its text dates ("threatened in May 2014", told by two passages).
        if (TurnDate.Of(last, askedFirst: false) is not { Year: { } year, Month: { } month })
        {
            return null;
        }

        var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

        // "On the 28th of that month": a day of it.
        var day = DayOfThatMonth().Match(english);
        if (day.Success)
        {
            return english.Remove(day.Index, day.Length).Insert(day.Index, $"on {day.Groups["day"].Value} {name} {year}");
        }

        var that = ThatMonth().Match(english);
        return that.Success ? english.Remove(that.Index, that.Length).Insert(that.Index, $"in {name} {year}") : null;
    }

    // "(later|earlier) (in|during) that (same) month", "the same month": the side of the date is dropped, the month kept.
    [GeneratedRegex(@"\b(?:(?:later|earlier|sooner)\s+)?(?:(?:in|during)\s+)?(?:that|the\s+same|that\s+same)\s+month\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThatMonth();

    [GeneratedRegex(@"\b(?:on\s+)?the\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?:that|the\s+same|that\s+same)\s+month\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayOfThatMonth();
}
