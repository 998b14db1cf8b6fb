using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "The CEDEM poll taken two days earlier", "the poll a month before", "a year after October 2009": a time counted from a
/// date the question names, written out as the date it comes to ("on 24 June 2016", "in October 2010"), so the poll of that
/// date is found the way a poll named by its date is.
/// </summary>
internal static partial class PollOffset
{
    // How many words may stand between "before" and the date it counts from ("two days before DAMAR's 26 June 2016 poll").
    private const int AnchorReach = 5;

    /// <summary>
    /// <paramref name="text"/> with each counted time written out as the date it comes to, or null when it counts none, or
    /// counts from no single date it names.
    /// </summary>
    /// <param name="text">The question as worded.</param>
    /// <param name="lexicon">The lexicon: number words, units and the words of each side in time.</param>
    /// <param name="anchor">The date counted from when the text names none (the poll a conversation's last answer gave).</param>
    public static string? Resolve(string text, Lexicon lexicon, FactDate? anchor = null)
    {
        var words = WordPattern().Matches(text).Select(m => (Text: m.Value.ToLowerInvariant(), m.Index, End: m.Index + m.Length)).ToList();
        var dates = DatesIn(text);
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (Count(words[i].Text, lexicon) is not { } count || UnitOf(words[i + 1].Text, lexicon) is not { } unit
                || Frames.PollSequel.Side(lexicon, words[i + 2].Text) is not { } side)
            {
                continue;
            }

            // "In the two years after 2014" is a span of time, not a date counted to.
            if (i > 0 && lexicon.Words(Cue.Reference).Contains(words[i - 1].Text))
            {
                return null;
            }

            // "Two days before the DAMAR poll of 26 June 2016": a preposition counts from the date right after it, and the
            // whole stretch up to that date is the date it comes to. "Two days earlier" counts from the one date named elsewhere.
            var preposition = lexicon.Words(side < 0 ? Cue.Before : Cue.After).Contains(words[i + 2].Text);
            var following = preposition ? dates.FirstOrDefault(d => d.Start > words[i + 2].End && words.Count(w => w.Index > words[i + 2].End && w.End <= d.Start) <= AnchorReach) : default;
            var from = following.Date ?? (dates.Count == 1 ? dates[0].Date : dates.Count == 0 ? anchor : null);
            if (from?.Year is null || Shifted(from, count * side, unit) is not { } target)
            {
                return null;
            }

            var end = following.Date is not null ? following.End : words[i + 2].End;
            return text[..words[i].Index] + Written(target) + text[end..];
        }

        return null;
    }

    /// <summary>
    /// The date a text that names no date of its own counts to from <paramref name="anchor"/> ("a year after that"), or null
    /// when it counts no time.
    /// </summary>
    public static FactDate? Target(string text, Lexicon lexicon, FactDate anchor)
    {
        if (DatesIn(text).Count > 0)
        {
            return null;
        }

        var words = WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (Count(words[i], lexicon) is { } count && UnitOf(words[i + 1], lexicon) is { } unit && Frames.PollSequel.Side(lexicon, words[i + 2]) is { } side
                && anchor.Year is not null)
            {
                return Shifted(anchor, count * side, unit);
            }
        }

        return null;
    }

    /// <summary>The one date <paramref name="text"/> writes, or null when it writes none or several.</summary>
    public static FactDate? OnlyDateIn(string text) => DatesIn(text) is [var only] ? only.Date : null;

    private enum Unit
    {
        Day,
        Week,
        Month,
        Year,
    }

    // "Two", "2", "a": how many units are counted.
    private static int? Count(string word, Lexicon lexicon)
    {
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100)
        {
            return n;
        }

        // The article counts one ("a year later").
        if (word is "a" or "an")
        {
            return 1;
        }

        var spoken = lexicon.Phrases(Cue.SpokenNumber).FirstOrDefault(p => p is [var w, _] && w == word);
        return spoken is [_, var digits] && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
    }

    private static Unit? UnitOf(string word, Lexicon lexicon) =>
        lexicon.Words(Cue.WeeksUnit).Contains(word) ? Unit.Week
        : lexicon.Words(Cue.DaysUnit).Contains(word) ? Unit.Day
        : lexicon.Words(Cue.MonthsUnit).Contains(word) ? Unit.Month
        : lexicon.Words(Cue.YearsUnit).Contains(word) ? Unit.Year
        : null;

    // The date counted to, as precise as the date counted from allows: days need a day, months a month.
    private static FactDate? Shifted(FactDate from, int amount, Unit unit)
    {
        if (unit is Unit.Day or Unit.Week)
        {
            if (from.Month is not { } month || from.Day is not { } day)
            {
                return null;
            }

            var date = new DateTime(from.Year!.Value, month, day, 0, 0, 0, DateTimeKind.Unspecified).AddDays(unit == Unit.Week ? amount * 7 : amount);
            return new FactDate(string.Empty, date.Year, date.Month, date.Day);
        }

        if (unit == Unit.Year)
        {
            return new FactDate(string.Empty, from.Year + amount, from.Month, from.Day);
        }

        if (from.Month is not { } m)
        {
            return null;
        }

        var months = from.Year!.Value * 12 + (m - 1) + amount;
        return new FactDate(string.Empty, months / 12, months % 12 + 1, null);
    }

    // "on 24 June 2016", "in October 2010", "in 2010".
    internal static string Written(FactDate date)
    {
        var month = date.Month is { } m ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m) + " " : string.Empty;
        var year = date.Year!.Value.ToString(CultureInfo.InvariantCulture);
        return date.Day is { } d && date.Month is not null ? $"on {d.ToString(CultureInfo.InvariantCulture)} {month}{year}" : $"in {month}{year}";
    }

    // The dates the text writes: "26 June 2016", "June 26, 2016", "October 2009", "2016".
    // A word before a year that is no month ("the 2016 election" read as "the 2016") leaves the year alone a date.
    private static List<(int Start, int End, FactDate? Date)> DatesIn(string text) =>
        DatePattern().Matches(text).Select(m => m.Groups["month"].Success && FactDate.MonthOf(m.Groups["month"].Value) is null
                ? (m.Groups["year"].Index, m.Index + m.Length, (FactDate?)FactDate.Parse(m.Groups["year"].Value))
                : (m.Index, m.Index + m.Length, (FactDate?)FactDate.Parse(m.Value))).ToList();

    [GeneratedRegex(@"\p{L}+|\d+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?:\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?<month>\p{L}{3,})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?<year>(?:19|20)\d\d)\b)|\b(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex DatePattern();
}
