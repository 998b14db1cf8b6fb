using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// A time a follow-up names only from the date the conversation is at: "two days later", "the year after", "a month
/// earlier", "in September of that year", "earlier that year". Read by the grammar of English time phrases (numbers, units,
/// month names), like the month names of <see cref="FactDate"/>, not by wording of this domain; applied to an anchor date it
/// says which dates fall in the time meant.
/// </summary>
internal sealed partial record RelativeTime(string Phrase, RelativeTime.Kind Shape, int Amount, RelativeTime.Unit Step)
{
    /// <summary>How the time is placed from the anchor.</summary>
    internal enum Kind
    {
        /// <summary>So many units after (positive) or before (negative) the anchor.</summary>
        Offset,

        /// <summary>A named month of the anchor's year (<see cref="Amount"/> is the month).</summary>
        MonthOfThatYear,

        /// <summary>Before (negative) or after (positive) the anchor within its year.</summary>
        SideOfThatYear,
    }

    /// <summary>The unit an offset counts in.</summary>
    internal enum Unit
    {
        /// <summary>Days.</summary>
        Day,

        /// <summary>Weeks.</summary>
        Week,

        /// <summary>Months.</summary>
        Month,

        /// <summary>Years.</summary>
        Year,
    }

    // A week later is not to the day: a statement dated within this many days either side of it fits.
    private const int WeekSlack = 3;

    // English cardinals a span is counted in ("two days later"): the grammar of numbers.
    private static readonly Dictionary<string, int> Cardinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    /// <summary>The relative time <paramref name="english"/> names; null when it names none.</summary>
    public static RelativeTime? Find(string english)
    {
        var counted = Counted().Match(english);
        if (counted.Success && Count(counted.Groups["n"].Value) is { } n and > 0)
        {
            return new RelativeTime(counted.Value, Kind.Offset, Later(counted.Groups["dir"].Value) ? n : -n, UnitOf(counted.Groups["unit"].Value));
        }

        var following = Following().Match(english);
        if (following.Success)
        {
            return new RelativeTime(following.Value, Kind.Offset, Later(following.Groups["dir"].Value) ? 1 : -1, UnitOf(following.Groups["unit"].Value));
        }

        var unitThen = UnitThen().Match(english);
        if (unitThen.Success)
        {
            return new RelativeTime(unitThen.Value, Kind.Offset, Later(unitThen.Groups["dir"].Value) ? 1 : -1, UnitOf(unitThen.Groups["unit"].Value));
        }

        var month = MonthOfThatYearPhrase().Match(english);
        if (month.Success && FactDate.MonthOf(month.Groups["month"].Value) is { } m)
        {
            return new RelativeTime(month.Value, Kind.MonthOfThatYear, m, Unit.Month);
        }

        var side = SideOfThatYearPhrase().Match(english);
        return side.Success ? new RelativeTime(side.Value, Kind.SideOfThatYear, Later(side.Groups["dir"].Value) ? 1 : -1, Unit.Month) : null;
    }

    /// <summary>
    /// Whether <paramref name="date"/> falls in this time as placed from <paramref name="anchor"/>; false when the anchor is
    /// not precise enough to place it (a day later than a date known only to its month).
    /// </summary>
    public bool Fits(FactDate anchor, FactDate date)
    {
        if (anchor.Year is not { } year || date.Year is not { } dateYear)
        {
            return false;
        }

        switch (Shape)
        {
            case Kind.MonthOfThatYear:
                return dateYear == year && date.Month == Amount;
            case Kind.SideOfThatYear:
                return anchor.Month is { } anchorMonth && dateYear == year && date.Month is { } month && (Amount < 0 ? month < anchorMonth : month > anchorMonth);
            default:
                break;
        }

        switch (Step)
        {
            case Unit.Year:
                return dateYear == year + Amount;
            case Unit.Month:
                if (anchor.Month is not { } from)
                {
                    return false;
                }

                var target = new DateOnly(year, from, 1).AddMonths(Amount);
                return dateYear == target.Year && date.Month == target.Month;
            default:
                if (anchor.Month is not { } anchorMonthOfDay || anchor.Day is not { } day || date.Month is not { } dateMonth || date.Day is not { } dateDay)
                {
                    return false;
                }

                var days = Step == Unit.Week ? 7 * Amount : Amount;
                var slack = Step == Unit.Week ? WeekSlack : 0;
                var apart = new DateOnly(dateYear, dateMonth, dateDay).DayNumber - new DateOnly(year, anchorMonthOfDay, day).AddDays(days).DayNumber;
                return Math.Abs(apart) <= slack;
        }
    }

    /// <summary>Whether <paramref name="anchor"/> is precise enough to place this time: a day later needs its day, earlier that year its month.</summary>
    public bool Placeable(FactDate anchor) => anchor.Year is not null && (Shape, Step) switch
    {
        (Kind.MonthOfThatYear, _) => true,
        (Kind.SideOfThatYear, _) => anchor.Month is not null,
        (_, Unit.Year) => true,
        (_, Unit.Month) => anchor.Month is not null,
        _ => anchor.Month is not null && anchor.Day is not null,
    };

    /// <summary>The time meant, in words, for a decline ("7 June 2017", "2023", "September 2008").</summary>
    public string Spoken(FactDate anchor)
    {
        string MonthName(int m) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m);
        var year = anchor.Year ?? 0;
        return (Shape, Step) switch
        {
            (Kind.MonthOfThatYear, _) => $"{MonthName(Amount)} {year}",
            (Kind.SideOfThatYear, _) => $"{(Amount < 0 ? "earlier" : "later")} in {year}",
            (_, Unit.Year) => (year + Amount).ToString(CultureInfo.InvariantCulture),
            (_, Unit.Month) when anchor.Month is { } m => new DateOnly(year, m, 1).AddMonths(Amount) is var t ? $"{MonthName(t.Month)} {t.Year}" : string.Empty,
            _ when anchor.Month is { } m && anchor.Day is { } d => new DateOnly(year, m, d).AddDays(Step == Unit.Week ? 7 * Amount : Amount) is var t ? $"{t.Day} {MonthName(t.Month)} {t.Year}" : string.Empty,
            _ => Phrase,
        };
    }

    private static int? Count(string word) =>
        Cardinals.TryGetValue(word, out var n) ? n : int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits : null;

    private static bool Later(string direction) => direction.ToLowerInvariant() is "later" or "after" or "afterwards" or "afterward" or "on" or "following" or "next";

    private static Unit UnitOf(string unit) => unit.ToLowerInvariant() switch
    {
        "day" => Unit.Day,
        "week" => Unit.Week,
        "month" => Unit.Month,
        _ => Unit.Year,
    };

    // "two days later", "a year after that", "3 months earlier".
    [GeneratedRegex(@"\b(?<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<unit>day|week|month|year)s?\s+(?<dir>later|after|afterwards?|on|earlier|before)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counted();

    // "the following day", "the next year", "the previous month", "next year".
    [GeneratedRegex(@"\b(?:the\s+)?(?<dir>following|next|previous|preceding)\s+(?<unit>day|week|month|year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Following();

    // "the year after", "the day before".
    [GeneratedRegex(@"\bthe\s+(?<unit>day|week|month|year)\s+(?<dir>after|before)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitThen();

    // "in September of that year", "september that same year", "by October the same year".
    [GeneratedRegex(@"\b(?:(?:in|by|during|around)\s+)?(?<month>january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+of)?\s+(?:that|the\s+same|that\s+same)\s+year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthOfThatYearPhrase();

    // "earlier that year", "later in the same year".
    [GeneratedRegex(@"\b(?<dir>earlier|later)\s+(?:(?:on|in|during)\s+)?(?:that|the\s+same|that\s+same)\s+year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SideOfThatYearPhrase();
}
