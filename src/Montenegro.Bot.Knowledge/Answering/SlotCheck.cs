using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Whether a text can answer what the question asks, beyond sharing its words: a year the question
/// names must be in it ("in 2019" is not answered by a 2015 figure), "how many" needs a number that is
/// not a date, and "when" needs a date. This is what keeps a near-miss question from a near answer.
/// </summary>
internal static partial class SlotCheck
{
    public static bool Fits(Question question, string text, Facts.FactDate? date = null, bool requireDateForWhen = true)
    {
        foreach (var year in question.Years)
        {
            var y = year.ToString(CultureInfo.InvariantCulture);
            if (!text.Contains(y, StringComparison.Ordinal) && date?.Year != year)
            {
                return false;
            }
        }

        if (question.Has(Cue.Count) || question.Has(Cue.HowMuch) || question.WordList.Contains("percentage"))
        {
            var withoutDates = DatePattern().Replace(text, " ");
            var words = WordPattern().Matches(withoutDates.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            if (!withoutDates.Any(char.IsAsciiDigit) && !question.Lexicon.Phrases(Cue.NumberWord).Any(p => p.Length == 1 && words.Contains(p[0])))
            {
                return false;
            }
        }

        if (question.StartsWith(Cue.When) && requireDateForWhen && date is null && !YearPattern().IsMatch(text))
        {
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"\b[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+[0-9]{1,2}\b|\b(?:19|20)[0-9]{2}(?:-[0-9]{2}){0,2}\b")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b(?:19|20)[0-9]{2}\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex WordPattern();
}
