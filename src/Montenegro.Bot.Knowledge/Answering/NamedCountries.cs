using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// A country the question asks about must be the answer's too. "What did the government of Serbia say about the vote on the
/// Ukraine mission?" is not answered by what the State Duma said, however much of the rest of the question that covers: an
/// answer whose text, citation and passage never name Serbia tells of someone else. A country the question only measures
/// from or sets aside ("after Russia", "besides the UK", "earlier than France") need not be named.
/// </summary>
internal static partial class NamedCountries
{
    /// <summary>Whether <paramref name="answer"/> names every country <paramref name="question"/> asks about.</summary>
    public static bool Fits(Question question, Answer answer)
    {
        if (question.Knowledge is not { } knowledge)
        {
            return true;
        }

        var asked = question.Entities
            .Where(m => m.Entity.Type == EntityType.Country && m.Entity.Id != "montenegro" && !IsAnchor(question.Text, m.Text))
            .Select(m => m.Entity.Id)
            .ToHashSet(StringComparer.Ordinal);

        // "Who was the Russian defence minister?": a country's adjective asks about that country as surely as its name.
        foreach (Match word in Word().Matches(question.Text))
        {
            if (knowledge.CountryOfAdjective(word.Value.ToLowerInvariant()) is { } country && country != "montenegro" && !IsAnchor(question.Text, word.Value))
            {
                asked.Add(country);
            }
        }

        if (asked.Count == 0)
        {
            return true;
        }

        var named = NamedIn(answer.Text, knowledge);
        foreach (var source in answer.Sources)
        {
            named.UnionWith(knowledge.EntitiesIn(source.Id));
            named.UnionWith(NamedIn(source.Title, knowledge));
        }

        foreach (var fact in answer.Facts)
        {
            named.UnionWith(knowledge.EntitiesOfFact(fact.Id));
        }

        return asked.IsSubsetOf(named);
    }

    private static HashSet<string> NamedIn(string text, KnowledgeBase knowledge)
    {
        var named = knowledge.Recognizer.Recognize(text).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(text))
        {
            if (knowledge.CountryOfAdjective(word.Value.ToLowerInvariant()) is { } country)
            {
                named.Add(country);
            }
        }

        return named;
    }

    // Whether the words right before the country's name make it a point of reference rather than what is asked about.
    private static bool IsAnchor(string question, string mention) =>
        Regex.IsMatch(question, $@"\b(?:{AnchorWords})\s+(?:the\s+)?{Regex.Escape(mention)}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Words that measure from, compare with or set aside what follows them; grammar, not domain vocabulary.
    private const string AnchorWords = "after|before|since|than|besides|except|excluding|other than|apart from|aside from|unlike|like|following|as well as|and|or|vs|versus";

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
