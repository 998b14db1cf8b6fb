using System.Globalization;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "What happened to Zaytsev after 2018?", "what did Russia do before 2010?": a year the question bounds with "after" or
/// "before" asks about a time past that year, so the answer must name a year on the asked side of it. A text that only
/// tells of his travels "up to 2018" names the year and says nothing of the time after it.
/// </summary>
internal static class YearBound
{
    /// <summary>Whether <paramref name="text"/> names a year on the side of each year the question bounds.</summary>
    public static bool Fits(Question question, string text)
    {
        // A yes/no question ("did Montenegro join NATO before 2018?") is judged by its verdict, which may well be "No"; one
        // opened by a question word ("what did he do after 2018?") asks for the thing itself.
        if (question.Years.Count == 0 || (!question.StartsWith(Cue.Interrogative) && question.Has(Cue.YesNo)))
        {
            return true;
        }

        var years = SlotCheck.YearPattern().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        foreach (var (bound, side) in Bounds(question))
        {
            if (!years.Any(year => side > 0 ? year > bound : year < bound))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a dated fact falls in the time the question's years name: past a bounded year ("after 2018"; "since 2014" and
    /// "from 2010" count the year itself), before one, or in one named alone ("over 2022"); two years ("between 2008 and
    /// 2017", "from 2008 to 2017") name the span between them. An undated fact falls in no time.
    /// </summary>
    public static bool Contains(Question question, Facts.FactDate? date)
    {
        if (question.Years.Count == 0)
        {
            return true;
        }

        if (date?.Year is not { } year)
        {
            return false;
        }

        var bounds = Bounds(question).ToList();
        var since = YearsRightAfter(question, "since", "from");
        // "From 2008 to 2017": a start and an end. A year named otherwise beside a start ("since 2006 ... in 2014") ends nothing.
        var until = YearsRightAfter(question, "to", "until", "till");
        if (bounds.Count == 0 && since.Count > 0 && until.Count > 0)
        {
            return year >= since.Min() && year <= until.Max();
        }

        if (bounds.Count > 0 || since.Count > 0)
        {
            return bounds.All(b => b.Side > 0 ? year > b.Year : year < b.Year) && since.All(s => year >= s);
        }

        return question.Years.Count == 1 ? year == question.Years[0] : year >= question.Years.Min() && year <= question.Years.Max();
    }

    /// <summary>
    /// The time a question bounds by one year, in words ("after 2015", "since 2016", "before 2010"), or null when no year is
    /// bounded that way (a year named alone, or a span "from 2008 to 2017").
    /// </summary>
    public static string? Describe(Question question)
    {
        if (question.Years.Count == 0)
        {
            return null;
        }

        var bounds = Bounds(question).ToList();
        var since = YearsRightAfter(question, "since");
        if (bounds.Count == 0 && (since.Count == 0 || question.Years.Count > 1))
        {
            return null;
        }

        return string.Join(" and ", bounds.Select(b => (b.Side > 0 ? "after " : "before ") + b.Year.ToString(CultureInfo.InvariantCulture))
            .Concat(since.Select(s => "since " + s.ToString(CultureInfo.InvariantCulture))));
    }

    // The question's years written right after one of the words ("since 2014").
    private static List<int> YearsRightAfter(Question question, params string[] words) =>
        question.WordList.Select((w, i) => (w, i)).Where(x => words.Contains(x.w) && x.i + 1 < question.WordList.Count)
            .Select(x => int.TryParse(question.WordList[x.i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0)
            .Where(question.Years.Contains)
            .ToList();

    // Each year right after a one-word "after" or "before" of the lexicon ("after 2018"), with +1 for after and -1 for before.
    // A month between ("after June 2006") makes the bound a month, which a year of the text cannot settle.
    private static IEnumerable<(int Year, int Side)> Bounds(Question question)
    {
        var words = question.WordList;
        var after = question.Lexicon.Phrases(Cue.After).Where(p => p.Length == 1).Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
        var before = question.Lexicon.Phrases(Cue.Before).Where(p => p.Length == 1).Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var side = after.Contains(words[i]) ? 1 : before.Contains(words[i]) ? -1 : 0;
            if (side != 0 && words[i + 1].Length == 4 && int.TryParse(words[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && question.Years.Contains(year))
            {
                yield return (year, side);
            }
        }
    }
}
