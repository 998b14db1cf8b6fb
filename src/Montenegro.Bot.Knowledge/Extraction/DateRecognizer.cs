using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>
/// Finds the dates of running English text: "11 June 2006", "June 12, 2006", "11–15 December 2009",
/// "March/April 2022", "late 2007", "in 2015", and, without a year, "12 June", "August 15", "in February" or "later that year".
/// A day and month without a year take the year of the nearest month and year the paragraph writes before
/// them (else its nearest year), so "12 June" after "11 June 2006" is 12 June 2006.
/// </summary>
public static partial class DateRecognizer
{
    private const string Month =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

    /// <summary>Every date in <paramref name="text"/>, in order, none overlapping another.</summary>
    public static IReadOnlyList<DateMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int Start, int End, int? Year, int? Month, int? Day, bool Modifier, bool RelativeYear)>();
        var taken = new bool[text.Length];
        void Add(Match m, int? year, int? month, int? day, bool modifier = false, bool relativeYear = false)
        {
            if (!taken.AsSpan(m.Index, m.Length).Contains(true))
            {
                taken.AsSpan(m.Index, m.Length).Fill(true);
                found.Add((m.Index, m.Index + m.Length, year, month, day, modifier, relativeYear));
            }
        }

        // Most specific first: a later, shorter pattern never takes part of an earlier match.
        foreach (Match m in Iso().Matches(text))
        {
            Add(m, Int(m, "y"), Int(m, "m"), Int(m, "d"));
        }

        foreach (Match m in DayMonthYear().Matches(text))
        {
            Add(m, Int(m, "y"), MonthOf(m), m.Groups["d2"].Success ? null : Int(m, "d"));
        }

        foreach (Match m in MonthDayYear().Matches(text))
        {
            Add(m, Int(m, "y"), MonthOf(m), Int(m, "d"));
        }

        foreach (Match m in MonthYear().Matches(text))
        {
            Add(m, Int(m, "y"), MonthOf(m), null, IsNaming(text, m));
        }

        foreach (Match m in DayMonth().Matches(text))
        {
            Add(m, null, MonthOf(m), Int(m, "d"));
        }

        foreach (Match m in MonthDay().Matches(text))
        {
            Add(m, null, MonthOf(m), Int(m, "d"));
        }

        foreach (Match m in YearOnly().Matches(text))
        {
            Add(m, Int(m, "y"), null, null, !m.Groups["q"].Success && IsNaming(text, m));
        }

        // "later that year": the paragraph's year before it.
        foreach (Match m in RelativeYear().Matches(text))
        {
            Add(m, null, null, null, relativeYear: true);
        }

        foreach (Match m in BareMonth().Matches(text))
        {
            // "May" is also a verb: only "in May", "on May", "since May", "by May", "of May" count.
            if (m.Groups["m"].Value == "May" && !MayAsMonth().IsMatch(Before(text, m.Index)))
            {
                continue;
            }

            Add(m, null, MonthOf(m), null);
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));

        // A month without a year takes the year of the paragraph's nearest full month and year before it ("in
        // June 2014 … by the end of 2015 … in September" is September 2014), else of its nearest year before it,
        // else after it; "later that year", the nearest year before it.
        var monthYearBefore = new int?[found.Count];
        var yearBefore = new int?[found.Count];
        var yearAfter = new int?[found.Count];
        for (int i = 0, j = found.Count - 1; i < found.Count; i++, j--)
        {
            monthYearBefore[i] = i == 0 ? null : found[i - 1] is { Year: not null, Month: not null } m ? m.Year : monthYearBefore[i - 1];
            yearBefore[i] = i == 0 ? null : found[i - 1].Year ?? yearBefore[i - 1];
            yearAfter[j] = j == found.Count - 1 ? null : found[j + 1].Year ?? yearAfter[j + 1];
        }

        var mentions = new List<DateMention>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            var year = f.Year ?? (f.Month is not null ? monthYearBefore[i] ?? yearBefore[i] ?? yearAfter[i] : f.RelativeYear ? yearBefore[i] : null);
            if (f.RelativeYear && year is null)
            {
                continue;
            }

            var written = text[f.Start..f.End];
            mentions.Add(new DateMention(f.Start, f.End, new FactDate(written, year, f.Month, f.Day), f.Modifier));
        }

        return mentions;
    }

    // The few characters before a match: enough for "the", "in" or "NATO's", and no rescanning of a long passage.
    private static string Before(string text, int index) => text[Math.Max(0, index - 24)..index];

    // "the 2008 Bucharest summit", "NATO's 1999 bombing campaign": the year names a thing rather than dating the clause.
    private static bool IsNaming(string text, Match m) =>
        NamingBefore().IsMatch(Before(text, m.Index)) || NamingAfter().IsMatch(text.AsSpan(m.Index + m.Length, Math.Min(48, text.Length - m.Index - m.Length)));

    private static int? Int(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;

    private static int? MonthOf(Match m) => FactDate.MonthOf(m.Groups["m"].Value);

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:\s*[–-]\s*(?<d2>\d{1,2}))?\s+(?<m>" + Month + @")\.?\s+(?<y>\d{4})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>" + Month + @")\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?:\b(?<q>early|mid|late)[- ])?\b(?:" + Month + @"/)?(?<m>" + Month + @")\.?\s+(?<y>\d{4})\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<m>" + Month + @")\b(?!\.?\s+\d{4})")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<m>" + Month + @")\.?\s+(?<d>\d{1,2})\b(?!,?\s+\d{4})")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?:\b(?<q>early|mid|late|later in|earlier in|up to|as of)\s+)?(?<![\d,.\-–])\b(?<y>(?:19|20)\d{2})\b(?![\d\-–])")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\b(?:(?:later|earlier)\s+)?(?:that|the same)\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();

    [GeneratedRegex(@"(?<=\S\s+)\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\b")]
    private static partial Regex BareMonth();

    [GeneratedRegex(@"\b(?:in|on|since|by|until|of|early|late|mid)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex MayAsMonth();

    [GeneratedRegex(@"(?:\bthe|['’]s)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex NamingBefore();

    [GeneratedRegex(@"^\s+(?:[A-Z][\p{L}]+\s+)?(?:NATO\s+)?(?:summit|Summit|election|elections|parliamentary|bombing|referendum)\b")]
    private static partial Regex NamingAfter();
}
