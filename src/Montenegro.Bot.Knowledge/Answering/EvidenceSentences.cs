using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The sentences of an answer's own statement, read as lower-case folded words, so that a yes/no check can ask whether a
/// sentence uses a cue's phrase ("voted for", "more than") the way a question is asked.
/// </summary>
internal static partial class EvidenceSentences
{
    /// <summary>The sentences of the answer's lead statement (before its fields and sources).</summary>
    public static IReadOnlyList<string> Of(Answer answer) => Split(answer.Text.Split("\n", 2)[0]);

    /// <summary>The sentences of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Split(string text) => SentenceBreak().Split(text).Where(s => s.Length > 0).ToList();

    /// <summary>The lower-case, accent-folded words of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => LanguageFolding.Fold(m.Value)).ToList();

    /// <summary>Whether <paramref name="words"/> contain any phrase of <paramref name="cue"/>.</summary>
    public static bool Has(IReadOnlyList<string> words, Cue cue, Lexicon lexicon) => PhraseStarts(words, cue, lexicon).Any();

    /// <summary>The word positions at which a phrase of <paramref name="cue"/> starts, with its length.</summary>
    public static IEnumerable<(int Start, int Length)> PhraseStarts(IReadOnlyList<string> words, Cue cue, Lexicon lexicon)
    {
        foreach (var phrase in lexicon.Phrases(cue))
        {
            for (var i = 0; i + phrase.Length <= words.Count; i++)
            {
                if (phrase.Select((w, k) => string.Equals(words[i + k], w, StringComparison.Ordinal)).All(same => same))
                {
                    yield return (i, phrase.Length);
                }
            }
        }
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[\p{L}\p{N}%]+(?:'\p{L}+)?")]
    private static partial Regex Word();
}
