using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Which amateur radio body listed Montenegro?": a word no source uses before a generic head noun ("body", "group",
/// "organisation") only qualifies the class asked about, and cannot be found in a text. The class is judged by the name
/// the text gives instead: a name that carries the question's other qualifier ("the American Radio Relay League" for
/// "radio body") and a word the question does not use. A question whose only qualifier is the unknown word ("which
/// football body") gives nothing a name could carry, and is left declined.
/// </summary>
internal static partial class UnfamiliarFocus
{
    // The generic head follows its qualifiers closely: "amateur radio body".
    private const int MaxWordsToHead = 2;

    private const int MinNameWords = 2;

    /// <summary>
    /// Whether <paramref name="text"/> names the thing the clause <paramref name="words"/> asks for when its focus word at
    /// <paramref name="index"/> is one no passage or fact uses, qualifying a generic head noun of
    /// <paramref name="genericBases"/>. An acronym the sources lack ("OSCE") names a body of its own, not a kind of one.
    /// </summary>
    public static bool Fits(Question question, KnowledgeBase knowledge, IReadOnlyList<string> words, int index, IReadOnlySet<string> genericBases, string text)
    {
        if (index <= 0 || index >= words.Count || knowledge.Analyzer.Terms(words[index]) is not [_, ..] terms || terms.Any(knowledge.Index.Knows)
            || Regex.IsMatch(question.Text, $@"\b{Regex.Escape(words[index].ToUpperInvariant())}\b", RegexOptions.CultureInvariant))
        {
            return false;
        }

        var head = Enumerable.Range(index + 1, Math.Min(MaxWordsToHead, words.Count - index - 1))
            .FirstOrDefault(next => genericBases.Contains(Search.Inflection.BaseOf(words[next])));
        var qualifiers = head == 0 ? [] : words.Skip(index + 1).Take(head - index - 1)
            .Where(word => knowledge.Analyzer.Terms(word) is [_, ..] known && known.All(knowledge.Index.Knows))
            .ToHashSet(StringComparer.Ordinal);
        return qualifiers.Count > 0 && NamesKind(question, knowledge, qualifiers, text);
    }

    // A name of two or more capitalised words with a qualifier among them and a word the question does not use, no title,
    // month or state ("American Radio Relay League").
    private static bool NamesKind(Question question, KnowledgeBase knowledge, IReadOnlySet<string> qualifiers, string text) =>
        NameRun().Matches(text).Any(run =>
        {
            var parts = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part => part.TrimEnd('\'', '\u2019', 's')).ToList();
            return parts.Count >= MinNameWords && parts.All(part => Facts.FactDate.MonthOf(part) is null)
                && parts.Any(part => qualifiers.Contains(part.ToLowerInvariant()))
                && parts.Any(part => !question.Words.Contains(part.ToLowerInvariant()) && !knowledge.Predicates.RoleWords.Contains(part)
                    && !knowledge.Recognizer.Recognize(part).Any(m => m.Entity.Type == Entities.EntityType.Country));
        });

    // Capitalised words in a row ("Defense Secretary Donald Rumsfeld").
    [GeneratedRegex(@"\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+")]
    private static partial Regex NameRun();
}
