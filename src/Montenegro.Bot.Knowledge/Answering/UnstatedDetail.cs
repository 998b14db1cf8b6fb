using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Margin of error for the October 2017 poll?", "what size were the crowds at the 2015 protests?": a question asking a
/// detail of something the sources tell of is not answered by the passage that tells of it when neither the answer nor its
/// passages hold any word that would state the detail (<see cref="UnstatedDetails"/>). The poll's figures, or "large
/// protests", are near the question but are not what it asks, and a decline is then true: the sources do not say.
/// </summary>
internal static partial class UnstatedDetail
{
    // How close to a stated word a number must stand to count it ("3,000 protesters", "protesters numbered in the thousands").
    private const int NumberReach = 3;

    // How many words a "*" in an asked phrase stands for at most.
    private const int MaxWildcardWords = 3;

    /// <summary>
    /// The detail <paramref name="question"/> asks that <paramref name="answer"/> does not state, or null when it asks none
    /// of the lexicon's details or the answer (its text, fields, passages and facts) states the one it asks.
    /// </summary>
    public static UnstatedDetails.Detail? Missing(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (!answer.Answered || knowledge.Unstated.Details.Count == 0)
        {
            return null;
        }

        var asked = Words(question.Text);
        var details = knowledge.Unstated.Details.Where(d => d.AskedWords.Any(phrase => Contains(asked, phrase, out _))).ToList();
        if (details.Count == 0)
        {
            return null;
        }

        var told = Told(answer, knowledge);
        var toldWords = Words(told);
        var numbers = knowledge.Lexicon.Words(Cue.NumberWord);
        return details.FirstOrDefault(d => !d.Stated.Where((s, i) => States(told, toldWords, s, d.StatedWords[i], d.Counted, numbers)).Any());
    }

    // Everything the answer puts forward: its text and fields, and the whole of each passage and fact it rests on, so that a
    // detail stated a sentence away from the one quoted still counts as stated.
    internal static string Told(Answer answer, KnowledgeBase knowledge)
    {
        var parts = new List<string> { answer.Text };
        parts.AddRange(answer.Fields.Select(f => f.Value));
        foreach (var source in answer.Sources)
        {
            parts.Add(source.Excerpt);
            if (knowledge.PassagesById.TryGetValue(source.Id, out var passage))
            {
                parts.Add(passage.Text);
                parts.AddRange(passage.Items);
            }
            else if (knowledge.FactsById.TryGetValue(source.Id, out var fact))
            {
                parts.Add(fact.Statement);
            }
        }

        parts.AddRange(answer.Facts.Select(f => f.Statement));
        return string.Join("\n", parts);
    }

    private static bool States(string told, IReadOnlyList<string> toldWords, string stated, IReadOnlyList<string> phrase, bool counted, IReadOnlySet<string> numbers)
    {
        if (phrase.Count == 0)
        {
            // A sign ("€", "±") is stated wherever it stands; it is never a counted word.
            return !counted && told.Contains(stated, StringComparison.Ordinal);
        }

        for (var start = 0; start < toldWords.Count; start++)
        {
            if (Matches(toldWords, start, phrase, 0) is not { } end)
            {
                continue;
            }

            if (!counted || Enumerable.Range(Math.Max(0, start - NumberReach), Math.Min(toldWords.Count, end + NumberReach) - Math.Max(0, start - NumberReach))
                .Any(i => IsNumber(toldWords[i], numbers)))
            {
                return true;
            }
        }

        return false;
    }

    // A figure ("3000", "41") or a number word, singular or plural ("thousands", "dozens").
    private static bool IsNumber(string word, IReadOnlySet<string> numbers) =>
        char.IsDigit(word[0]) || numbers.Contains(word) || (word.EndsWith('s') && numbers.Contains(word[..^1]));

    internal static bool Contains(IReadOnlyList<string> words, IReadOnlyList<string> phrase, out int at)
    {
        for (at = 0; at < words.Count; at++)
        {
            if (phrase.Count > 0 && Matches(words, at, phrase, 0) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // The end (exclusive) of a match of phrase[p..] at words[i..], "*" taking up to three words, or null.
    private static int? Matches(IReadOnlyList<string> words, int i, IReadOnlyList<string> phrase, int p)
    {
        if (p == phrase.Count)
        {
            return i;
        }

        if (phrase[p] == "*")
        {
            for (var skip = 0; skip <= MaxWildcardWords && i + skip <= words.Count; skip++)
            {
                if (Matches(words, i + skip, phrase, p + 1) is { } end)
                {
                    return end;
                }
            }

            return null;
        }

        return i < words.Count && words[i] == phrase[p] ? Matches(words, i + 1, phrase, p + 1) : null;
    }

    // Lower-case words and figures, and "*" for a wildcard: "Turn-out?" → turn, out.
    internal static List<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+|\*")]
    private static partial Regex WordPattern();
}
