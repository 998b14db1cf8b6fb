using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Whether the evidence for a yes/no question puts what it asks about in another place: "Is the Canadian embassy located in
/// Podgorica?" answered by "The Canadian Embassy in Belgrade is accredited to Montenegro". Only a place the evidence states
/// in the same role (after "in" or "at") and names as a state or its capital counts; a place the evidence never names in
/// that role leaves the question open.
/// </summary>
internal static partial class PlaceContradiction
{
    /// <summary>
    /// True when the question asks "in/at X" of a place X the evidence sentence does not name, and that sentence says "in/at
    /// Y" of another state or capital Y.
    /// </summary>
    public static bool Contradicts(Question question, string evidence, KnowledgeBase knowledge)
    {
        if (NamesAnotherOccasion(question, evidence, knowledge))
        {
            return true;
        }

        var asked = AskedPlaces(question, knowledge).ToList();
        if (asked.Count == 0)
        {
            return false;
        }

        var evidenceWords = Words(evidence).ToHashSet(StringComparer.Ordinal);
        if (asked.Any(place => Words(place).All(evidenceWords.Contains)))
        {
            return false;
        }

        var askedIds = asked.SelectMany(place => knowledge.Recognizer.Recognize(place)).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        return StatedPlaces(evidence, question).SelectMany(place => knowledge.Recognizer.Recognize(place))
            .Any(m => m.Entity.Type == EntityType.Country && !askedIds.Contains(m.Entity.Id));
    }

    /// <summary>
    /// True when the question places its event at a named occasion ("at the Bucharest summit") that the sources name as an
    /// occasion of that kind, and the evidence sentence places it at another of the same kind ("at the 2006 Riga summit").
    /// </summary>
    public static bool NamesAnotherOccasion(Question question, string evidence, KnowledgeBase knowledge)
    {
        var evidenceWords = Words(evidence).ToHashSet(StringComparer.Ordinal);
        var stated = Occasions(evidence, question).Where(o => char.IsUpper(o.Name[0])).ToList();
        return Occasions(question.Text, question).Any(asked =>
            !evidenceWords.Contains(Language.LanguageFolding.Fold(asked.Name.ToLowerInvariant()))
            && stated.Any(o => string.Equals(o.Kind, asked.Kind, StringComparison.OrdinalIgnoreCase) && !string.Equals(o.Name, asked.Name, StringComparison.OrdinalIgnoreCase))
            && knowledge.Passages.Any(p => Regex.IsMatch(p.Text, $@"\b{Regex.Escape(Capitalised(asked.Name))} {Regex.Escape(asked.Kind)}\b", RegexOptions.None, TimeSpan.FromSeconds(1))));
    }

    // "at the 2006 Riga summit": a place preposition, "the" and a year at will, then a name and the kind of occasion it names.
    private static IEnumerable<(string Name, string Kind)> Occasions(string text, Question question)
    {
        var prepositions = question.Lexicon.Words(Language.Cue.PlacePreposition);
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!prepositions.Contains(words[i].ToLowerInvariant()))
            {
                continue;
            }

            var j = i + 1;
            j += j < words.Count && string.Equals(words[j], "the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            j += j < words.Count && Regex.IsMatch(words[j], "^(?:19|20)[0-9]{2}$", RegexOptions.None, TimeSpan.FromSeconds(1)) ? 1 : 0;
            if (j > i + 1 && j + 1 < words.Count && char.IsLetter(words[j][0]) && char.IsLower(words[j + 1][0]))
            {
                yield return (words[j], words[j + 1]);
            }
        }
    }

    // "in Podgorica": the word after a place preposition that names a state, or that the sources themselves write after one,
    // capitalised ("in Podgorica"); "in 2016", "in favour" and "in October" name no place.
    private static IEnumerable<string> AskedPlaces(Question question, KnowledgeBase knowledge) =>
        StatedPlaces(question.Text, question).Where(place => Facts.FactDate.MonthOf(place) is null
            && (knowledge.Recognizer.Recognize(place).Any(m => m.Entity.Type == EntityType.Country)
                || knowledge.Passages.Any(p => Regex.IsMatch(p.Text, $@"\b(?:in|at) {Regex.Escape(place)}\b", RegexOptions.None, TimeSpan.FromSeconds(1)))));

    // The word after each place preposition ("in Belgrade"), capitalised.
    private static IEnumerable<string> StatedPlaces(string text, Question question)
    {
        var prepositions = question.Lexicon.Words(Language.Cue.PlacePreposition);
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (prepositions.Contains(words[i].ToLowerInvariant()) && char.IsLetter(words[i + 1][0]))
            {
                yield return Capitalised(words[i + 1]);
            }
        }
    }

    // A question may be typed in lower case ("located in podgorica"); the sources capitalise their places.
    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static IEnumerable<string> Words(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => Language.LanguageFolding.Fold(m.Value));

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
