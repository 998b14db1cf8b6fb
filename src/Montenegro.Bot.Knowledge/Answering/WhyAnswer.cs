namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Whether a statement offered for a "why" question says anything beyond the event asked about: a cause needs words of its
/// own. A statement whose words are all the question's, but for a verb put otherwise and its date, restates the event.
/// </summary>
internal static class WhyAnswer
{
    /// <summary>Whether the first paragraph of <paramref name="text"/> holds enough words the question lacks to carry a cause.</summary>
    public static bool SaysMoreThanAsked(Question question, string text, KnowledgeBase knowledge)
    {
        var statement = text.Split("\n\n", 2)[0];
        var months = Enumerable.Range(1, 12)
            .SelectMany(m => knowledge.Analyzer.Terms(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)))
            .ToHashSet(StringComparer.Ordinal);
        var own = knowledge.Analyzer.Terms(statement)
            .Where(t => !t.Any(char.IsAsciiDigit) && !months.Contains(t) && !question.Covers(t, question.TermSet))
            .Distinct(StringComparer.Ordinal)
            .Count();
        return own >= MinOwnTerms;
    }

    // A cause is a clause of its own: one word the question lacks is its verb put otherwise ("transformed" for "turn").
    private const int MinOwnTerms = 3;
}
