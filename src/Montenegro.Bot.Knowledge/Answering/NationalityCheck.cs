using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Whose people or things a question counts, against whose a text states. "How many Montenegrin diplomats did Russia
/// expel?" is not answered by "six Russian diplomats were expelled from Montenegro": the question's country adjective
/// before a plural ("Montenegrin diplomats") must not meet, in the text, only another country's adjective before it.
/// A text that says nothing of whose they are ("40 soldiers") is no contradiction.
/// </summary>
internal static partial class NationalityCheck
{
    /// <summary>Whether <paramref name="text"/> leaves the question's "country adjective + noun" pairs standing.</summary>
    public static bool Fits(Question question, string text)
    {
        if (question.Knowledge is not { } knowledge)
        {
            return true;
        }

        var asked = PairsIn(question.Text, knowledge);
        if (asked.Count == 0)
        {
            return true;
        }

        var stated = PairsIn(text, knowledge);
        return asked.All(pair =>
        {
            var sameThing = stated.Where(s => s.Noun == pair.Noun).ToList();
            return sameThing.Count == 0 ? !TellsOfAnotherCountrysThings(pair, stated, text, knowledge) : sameThing.Any(s => s.Country == pair.Country);
        });
    }

    /// <summary>
    /// "What did the Duma say about German tanks?" is not answered by what it said about "French fighters": a text that
    /// never names the asked thing nor its country, but tells of another country's things, is about other things. A text
    /// that names neither pair ("the delivery of weapons") is left be.
    /// </summary>
    private static bool TellsOfAnotherCountrysThings((string Country, string Noun) asked, List<(string Country, string Noun)> stated,
        string text, KnowledgeBase knowledge)
    {
        if (!stated.Any(s => s.Country != asked.Country))
        {
            return false;
        }

        var textTerms = knowledge.Analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);
        var namesThing = knowledge.Analyzer.Terms(asked.Noun).Any(textTerms.Contains);
        var namesCountry = NamedCountries.NamedIn(text, knowledge).Contains(asked.Country);
        return !namesThing && !namesCountry;
    }

    private static List<(string Country, string Noun)> PairsIn(string text, KnowledgeBase knowledge)
    {
        var words = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        var pairs = new List<(string, string)>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            // People and things counted: a plural ("Montenegrin diplomats"). A singular after the adjective is as often a
            // modifier ("the Montenegrin foreign minister", whom "Foreign Minister Vlahović" names without one), and the
            // adjective before a conjunction or another adjective ("Russian and Chinese diplomats") names no thing itself.
            var noun = words[i + 1];
            if (knowledge.CountryOfAdjective(words[i]) is { } country && knowledge.CountryOfAdjective(noun) is null
                && noun.Length > 3 && noun.EndsWith('s') && Inflection.BaseOf(noun) != noun && knowledge.Analyzer.Terms(noun).Count > 0)
            {
                pairs.Add((country, Inflection.BaseOf(noun)));
            }
        }

        return pairs;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
