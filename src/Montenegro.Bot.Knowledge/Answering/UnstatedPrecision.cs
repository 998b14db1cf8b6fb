using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "On what exact day in 2007 were relations established?": a question asking a date to the day (or the month) is not
/// answered by a passage that dates the event only to its year ("later in 2007"). The year is near what is asked but is
/// not it, and a decline is then true: the sources do not give the day. The phrases that ask a precision are kept in
/// <c>data/unstated.json</c> (<see cref="UnstatedDetails.Precisions"/>).
/// </summary>
internal static partial class UnstatedPrecision
{
    /// <summary>
    /// The precision <paramref name="question"/> asks that nothing <paramref name="answer"/> puts forward (its text, fields,
    /// passages and facts) gives, or null when it asks none or some date there is as precise as asked.
    /// </summary>
    public static UnstatedDetails.Precision? Missing(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (!answer.Answered || knowledge.Unstated.Precisions is not { Count: > 0 } precisions)
        {
            return null;
        }

        var asked = UnstatedDetail.Words(question.Text);
        var precision = precisions.FirstOrDefault(p => p.AskedWords.Any(phrase => UnstatedDetail.Contains(asked, phrase, out _)));
        if (precision is null)
        {
            return null;
        }

        var told = UnstatedDetail.Told(answer, knowledge);
        return Gives(told, precision.NeedsDay) ? null : precision;
    }

    // Whether the text holds a date with a day ("16 October 2016", "August 28", "2016-10-16"), or, when only the month is
    // needed, any month ("December 2013", "2013-12").
    private static bool Gives(string text, bool day)
    {
        if (IsoDay().IsMatch(text) || DayBeforeMonth().Matches(text).Concat(MonthBeforeDay().Matches(text)).Any(IsMonth))
        {
            return true;
        }

        return !day && (IsoMonth().IsMatch(text) || CapitalisedWord().Matches(text).Any(IsMonth));
    }

    private static bool IsMonth(Match match) => FactDate.MonthOf(match.Groups["month"].Value) is not null;

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"\b\d{4}-\d{2}\b")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>\p{Lu}\p{Ll}{2,8})\b")]
    private static partial Regex DayBeforeMonth();

    [GeneratedRegex(@"\b(?<month>\p{Lu}\p{Ll}{2,8})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b")]
    private static partial Regex MonthBeforeDay();

    [GeneratedRegex(@"\b(?<month>\p{Lu}\p{Ll}{2,8})\b")]
    private static partial Regex CapitalisedWord();
}
