using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// A count written into one word with a hyphen: "a two-year campaign" states a count of years, "a three-member military
/// medical team" a count of the team's members. The number counts the unit after its hyphen ("how many years"), and a unit
/// of size ("member", "strong") counts the people of the thing named right after it ("how many people were in the team").
/// </summary>
internal static class SizedCount
{
    // The thing whose size is given follows its describing words: "a three-member military medical team".
    private const int MaxWordsToThing = 3;

    /// <summary>
    /// Whether <paramref name="tokens"/>[<paramref name="index"/>] is such a count of what the question asks about;
    /// <paramref name="collective"/> when the question counts a body of people ("how many people", "troops").
    /// </summary>
    public static bool Counts(Question question, KnowledgeBase knowledge, IReadOnlyList<string> tokens, int index, bool collective)
    {
        var parts = tokens[index].ToLowerInvariant().Split('-', 2);
        if (parts.Length < 2 || !(question.Lexicon.Words(Cue.NumberWord).Contains(parts[0]) || parts[0].All(char.IsAsciiDigit)))
        {
            return false;
        }

        var unit = parts[1];
        // "How many years": the unit is what the question counts, and the thing it measures ("campaign") is one it asks about,
        // since a two-year term of one thing says nothing of another.
        var unitTerms = knowledge.Analyzer.Terms(unit);
        var asksUnit = unitTerms.Count > 0 && unitTerms.All(question.TermSet.Contains);
        // "How big was the team": the size asked of a body is the count of its people, as "how many people" asks it.
        var sizeOfPeople = question.Lexicon.Words(Cue.SizeUnit).Contains(unit) && (collective || asksUnit || question.Has(Cue.SizeAsked));
        if (!asksUnit && !sizeOfPeople)
        {
            return false;
        }

        for (var next = index + 1; next < tokens.Count && next <= index + MaxWordsToThing; next++)
        {
            if (SlotCheck.Counts(question, knowledge, tokens[next]))
            {
                return true;
            }
        }

        return false;
    }
}
