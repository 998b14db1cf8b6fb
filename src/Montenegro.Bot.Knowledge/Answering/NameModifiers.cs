using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The words that qualify a capitalised name the sources use mid-sentence ("State" in "the State Union", "State" in "the
/// State Duma"): in a question that uses the name, in whatever case, such a word is part of the name, not the question's
/// verb or noun. "When did Montenegro leave the state union?" asks of leaving, not of a statement.
/// </summary>
internal static partial class NameModifiers
{
    /// <summary>
    /// The pairs of words in a row, lower-cased, of the capitalised names in <paramref name="texts"/>: the first qualifies
    /// the second. Only names after a lower-case word count, so a sentence's first word is never taken for part of a name.
    /// </summary>
    public static IReadOnlySet<(string Modifier, string Head)> Read(IEnumerable<string> texts)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var text in texts)
        {
            var words = Word().Matches(text).Select(m => m.Value).ToList();
            for (var i = 1; i + 1 < words.Count; i++)
            {
                if (IsCapitalised(words[i]) && IsCapitalised(words[i + 1]) && (char.IsLower(words[i - 1][0]) || pairs.Contains((words[i - 1].ToLowerInvariant(), words[i].ToLowerInvariant()))))
                {
                    pairs.Add((words[i].ToLowerInvariant(), Bare(words[i + 1]).ToLowerInvariant()));
                }
            }
        }

        return pairs;
    }

    /// <summary>The words of <paramref name="text"/>, lower-cased, that stand before the next word of a name as in <paramref name="pairs"/>.</summary>
    public static IReadOnlySet<string> In(string text, IReadOnlySet<(string Modifier, string Head)> pairs)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => Bare(m.Value)).ToList();
        return Enumerable.Range(0, Math.Max(0, words.Count - 1)).Where(i => pairs.Contains((words[i], words[i + 1]))).Select(i => words[i]).ToHashSet(StringComparer.Ordinal);
    }

    // A name's word ("Duma", "NATO"), not an initial nor a number.
    private static bool IsCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]);

    // "Duma's" is the name "Duma".
    private static string Bare(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;

    [GeneratedRegex(@"[\p{L}\p{N}'\u2019-]+")]
    private static partial Regex Word();
}
