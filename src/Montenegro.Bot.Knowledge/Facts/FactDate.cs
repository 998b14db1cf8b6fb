using System.Globalization;
using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Facts;

/// <summary>A date as its source writes it, with as much of it as is known in ISO form.</summary>
/// <param name="Text">The date exactly as the source writes it, e.g. "June 12, 2006" or "December 2009".</param>
/// <param name="Year">The year, when known.</param>
/// <param name="Month">The month (1-12), when known.</param>
/// <param name="Day">The day of the month, when the source gives a single day.</param>
public sealed partial record FactDate(string Text, int? Year, int? Month, int? Day) : IComparable<FactDate>
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The known part in ISO 8601 form: "2006", "2006-06" or "2006-06-12"; empty when no year is known.</summary>
    public string Iso => (Year, Month, Day) switch
    {
        (null, _, _) => string.Empty,
        ({ } y, null, _) => y.ToString("D4", CultureInfo.InvariantCulture),
        ({ } y, { } m, null) => $"{y:D4}-{m:D2}",
        ({ } y, { } m, { } d) => $"{y:D4}-{m:D2}-{d:D2}",
    };

    /// <summary>The date as written, with the year added in brackets when the text leaves it out ("24 October (2015)").</summary>
    public string Display =>
        Year is { } y && !Text.Contains(y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? $"{Text} ({y})" : Text;

    /// <summary>Parses an ISO date of the form yyyy, yyyy-MM or yyyy-MM-dd, keeping <paramref name="text"/> as written.</summary>
    public static FactDate FromIso(string text, string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso))
        {
            return new FactDate(text, null, null, null);
        }

        var parts = iso.Split('-');
        int? Part(int i) => parts.Length > i ? int.Parse(parts[i], CultureInfo.InvariantCulture) : null;
        return new FactDate(text, Part(0), Part(1), Part(2));
    }

    /// <summary>
    /// Reads a free-form date as tables write it: "6–12 October 2017", "Dec 2016", "28 May-5 Jun 2016",
    /// "2016-09-06". For ranges the last month is kept and the day is left out.
    /// </summary>
    public static FactDate Parse(string text)
    {
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return new FactDate(text, int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[3].Value, CultureInfo.InvariantCulture));
        }

        int? year = null;
        var yearMatch = Year4().Match(text);
        if (yearMatch.Success)
        {
            year = int.Parse(yearMatch.Value, CultureInfo.InvariantCulture);
        }

        int? month = null;
        var words = Words().Matches(text);
        foreach (Match word in words)
        {
            if (MonthOf(word.Value) is { } m)
            {
                month = m;
            }
        }

        int? day = null;
        var single = SingleDay().Match(text);
        if (single.Success && !text.Contains('–') && !text.Contains('-'))
        {
            day = int.Parse(single.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        return new FactDate(text, year, month, month is null ? null : day);
    }

    /// <summary>The month number of an English month name or its three-letter abbreviation.</summary>
    public static int? MonthOf(string word)
    {
        if (word.Length < 3)
        {
            return null;
        }

        var lower = word.ToLowerInvariant();
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (lower.StartsWith(MonthNames[i], StringComparison.Ordinal)
                && (lower.Length == 3 || FullMonthNames[i].StartsWith(lower, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static readonly string[] FullMonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Orders by year, then month, then day; unknown parts sort first.</summary>
    public int CompareTo(FactDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = (Year ?? 0).CompareTo(other.Year ?? 0);
        if (c != 0)
        {
            return c;
        }

        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    [GeneratedRegex(@"\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(1[89][0-9]{2}|20[0-9]{2})\b")]
    private static partial Regex Year4();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^\s*([0-9]{1,2})\s+[A-Za-z]+")]
    private static partial Regex SingleDay();
}
