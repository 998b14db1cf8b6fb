using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// A question's word the sources never use, read as the sources' word spelt near it that they, or the bot's names for what
/// they tell, write beside the question's neighbour: "the cup attempt" and "the cuo atempt" are the coup attempt, the bot's
/// name for the sources' "attempt to stage a coup".
/// A word the neighbour does not bear out is left as it is, so a real word the sources lack still counts against a match.
/// </summary>
internal static class NeighbourFit
{
    // A heard or mistyped word this short has too many near words; the word it stands for is a content word.
    private const int MinWordLength = 3;
    private const int MinCandidateLength = 4;

    // A neighbour this short, or written beside this many different words, is a function word ("with", "the"): it bears out
    // too many words to tell one.
    private const int MinNeighbourLength = 4;
    private const int MaxNeighbourSpread = 40;

    // An English word meant as another is a vowel slip of it (the same consonants: "cup" and "coup"); a word no list holds may
    // be further off ("cuo": two edits, keeping its first letter).
    private const int MaxEnglishEdits = 1;
    private const int MaxUnknownEdits = 2;

    /// <summary>
    /// The sources' word that <paramref name="word"/> (a question's word the corrector does not know) stands for beside its
    /// <paramref name="previous"/> and <paramref name="next"/> words (corrected), or null: the one word, of those the sources
    /// write right beside a form of a neighbour that is no function word, nearest to it in spelling.
    /// </summary>
    public static string? Fit(SpellingCorrector speller, string word, string? previous, string? next)
    {
        ArgumentNullException.ThrowIfNull(speller);
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant();
        if (w.Length < MinWordLength || !w.All(char.IsAsciiLetterLower) || speller.IsKnown(w))
        {
            return null;
        }

        var english = speller.IsAnyEnglishWord(w);
        var maxEdits = english ? MaxEnglishEdits : MaxUnknownEdits;
        var consonants = SoundAlikeTerms.ConsonantsOf(w);
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var neighbour in new[] { previous, next })
        {
            if (neighbour?.ToLowerInvariant() is not { Length: >= MinNeighbourLength } n || !n.All(char.IsAsciiLetterLower))
            {
                continue;
            }

            foreach (var form in WordForms.OtherFormsOf([n]).Append(n).Distinct(StringComparer.Ordinal))
            {
                var beside = speller.WrittenBefore(form).Concat(speller.WrittenAfter(form)).Concat(speller.NamedBeside(form)).ToHashSet(StringComparer.Ordinal);
                if (beside.Count <= MaxNeighbourSpread)
                {
                    candidates.UnionWith(beside);
                }
            }
        }

        var fits = candidates
            .Where(c => c.Length >= MinCandidateLength && c.All(char.IsAsciiLetterLower) && speller.IsKnown(c))
            .Select(c => (Word: c, Distance: EditDistance.DamerauLevenshtein(w, c, maxEdits)))
            .Where(f => f.Distance <= maxEdits && f.Distance > 0
                && (english ? string.Equals(SoundAlikeTerms.ConsonantsOf(f.Word), consonants, StringComparison.Ordinal) : f.Distance == 1 || f.Word[0] == w[0]))
            .ToList();
        if (fits.Count == 0)
        {
            return null;
        }

        var nearest = fits.Min(f => f.Distance);
        var best = fits.Where(f => f.Distance == nearest).ToList();
        return best.Count == 1 ? best[0].Word : null;
    }
}
