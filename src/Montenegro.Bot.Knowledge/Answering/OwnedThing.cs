using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "When did China open its embassy?": a question naming a thing as its doer's own ("its embassy") asks about that doer's
/// thing, China's embassy in Podgorica. A text whose every mention of the thing gives it to another ("the Montenegrin
/// embassy in China") tells of the other side's, which is no answer. A text that gives it to no one, or to the doer, is left be.
/// </summary>
internal static partial class OwnedThing
{
    /// <summary>Whether <paramref name="text"/> tells of the thing the question's doer calls its own, if the question names one.</summary>
    public static bool Fits(Question question, string text)
    {
        if (question.Knowledge is not { } knowledge || Owned(question) is not { } owned)
        {
            return true;
        }

        var (owner, thing) = owned;
        var thingTerms = knowledge.Analyzer.Terms(thing).ToHashSet(StringComparer.Ordinal);
        var mentions = WordOf().Matches(text).Where(w => knowledge.Analyzer.Terms(w.Value).Any(thingTerms.Contains)).ToList();
        var others = knowledge.Recognizer.Recognize(text).Where(m => m.Entity.Id != owner.Id).Select(m => m.Text).Distinct().ToList();
        return mentions.Count == 0 || others.Count == 0
            || !mentions.All(w => others.Any(name => OwnedBy(text[..w.Index], name)));
    }

    // "china open its embassy", "did russia close its consulate": one entity named as the doer, a verb (or an auxiliary and
    // a verb) and "its" before the thing. A question with another entity before "its" may mean either, so it is left be.
    private static (Entities.Entity Owner, string Thing)? Owned(Question question)
    {
        var words = question.WordList;
        var its = question.IndexOfWord("its");
        if (its < 2 || its + 1 >= words.Count)
        {
            return null;
        }

        var before = question.Entities
            .Select(m => (m.Entity, End: EndOf(words, WordOf().Matches(m.Text.ToLowerInvariant()).Select(w => w.Value).ToList(), its)))
            .Where(m => m.End >= 0)
            .ToList();
        if (before.Select(m => m.Entity.Id).Distinct().Count() != 1)
        {
            return null;
        }

        // The doer ends one or two words before "its", with no preposition between ("china open its", "china has opened its").
        var gap = its - before.Max(m => m.End) - 1;
        if (gap is < 1 or > 2 || words.Skip(its - gap).Take(gap).Any(w => Preposition().IsMatch(w)))
        {
            return null;
        }

        return (before[0].Entity, words[its + 1]);
    }

    // The index of the last word of the name's first place in the words before the limit, or -1.
    private static int EndOf(IReadOnlyList<string> words, List<string> name, int limit)
    {
        if (name.Count == 0)
        {
            return -1;
        }

        for (var start = 0; start + name.Count <= limit; start++)
        {
            if (name.Select((w, k) => words[start + k].StartsWith(w, StringComparison.Ordinal)).All(same => same))
            {
                return start + name.Count - 1;
            }
        }

        return -1;
    }

    // "the Montenegrin embassy", "Serbia's embassy": the name ends right before the thing, as a word, with or without "'s".
    private static bool OwnedBy(string before, string name)
    {
        var trimmed = before.TrimEnd();
        foreach (var ending in new[] { "'s", "’s", "" })
        {
            var candidate = name + ending;
            if (trimmed.EndsWith(candidate, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == candidate.Length || !char.IsLetter(trimmed[^(candidate.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordOf();

    [GeneratedRegex(@"^(?:to|on|about|with|in|into|at|for|from|of|over|after|before|since|between|among|than|during|by|against)$")]
    private static partial Regex Preposition();
}
