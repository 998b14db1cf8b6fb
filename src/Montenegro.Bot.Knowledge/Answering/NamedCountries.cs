using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Language;

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
            .Where(m => m.Entity.Type == EntityType.Country && m.Entity.Id != "montenegro" && !IsAnchor(question, m.Text))
            .Select(m => m.Entity.Id)
            .ToHashSet(StringComparer.Ordinal);

        // "Who was the Russian defence minister?": a country's adjective asks about that country as surely as its name.
        foreach (Match word in Word().Matches(question.Text))
        {
            if (knowledge.CountryOfAdjective(word.Value.ToLowerInvariant()) is { } country && country != "montenegro" && !IsAnchor(question, word.Value))
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

    /// <summary>The countries <paramref name="text"/> names, by a name or by their adjective ("Russian").</summary>
    internal static HashSet<string> NamedIn(string text, KnowledgeBase knowledge)
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

    // Whether the words right before the country's name make it a point of reference rather than what is asked about: the
    // lexicon's words that measure from, compare with, set aside or list ("after", "than", "besides", "or", "and").
    private static bool IsAnchor(Question question, string mention) =>
        question.NamedAfter(mention, Cue.Before, Cue.After, Cue.Exclusion, Cue.Alternative, Cue.ListJoiner);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
