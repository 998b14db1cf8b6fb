using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Which country became NATO's 30th member after Montenegro?", "who was the 12th to ratify?": a rank the question gives in
/// figures ("30th") singles out the one thing asked. Only a text that states that rank answers it; a passage about the same
/// names that never ranks anything so (Slovenia's hopes for the 2014 summit) tells of something else. A day of a month
/// ("the 14th of June", "June 14th", "on the 13th?") ranks nothing, nor does a yes/no question, whose verdict may set the
/// rank right ("No: Montenegro was NATO's 29th member").
/// </summary>
internal static partial class UnstatedRank
{
    /// <summary>The rank and what it ranks ("30th member") that <paramref name="answer"/> does not state, or null.</summary>
    public static string? Of(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (!answer.Answered || question.StartsWith(Cue.YesNo))
        {
            return null;
        }

        foreach (Match match in RankPattern().Matches(question.Text))
        {
            var ranked = match.Groups["ranked"].Value;

            // What follows must be a thing ranked: a word the index keeps (not "of", "or") and no month ("14th June").
            if (Facts.FactDate.MonthOf(ranked) is not null || !knowledge.Analyzer.Terms(ranked).Any())
            {
                continue;
            }

            if (!answer.Text.Contains(match.Groups["rank"].Value, StringComparison.OrdinalIgnoreCase))
            {
                return $"{match.Groups["rank"].Value} {ranked}";
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?<rank>\d{1,4}(?:st|nd|rd|th))\s+(?<ranked>\p{L}+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RankPattern();
}
