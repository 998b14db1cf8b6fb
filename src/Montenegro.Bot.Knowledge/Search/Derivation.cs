namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// The nouns English derives from a verb to name its event ("annex": "annexation", "deploy": "deployment", "close":
/// "closure", "ratify": "ratification", "invade": "invasion", "admit": "admission"), so that a source naming the event by
/// its noun is known to name it. The endings are the lexicon's; this class knows only how a verb's stem changes before
/// them (a final "e" drops, "y" becomes "ic" or "i", a final "d" or "t" becomes "s").
/// </summary>
internal static class Derivation
{
    /// <summary>The nouns <paramref name="term"/> (an analysed verb, "annex") may make with <paramref name="endings"/>.</summary>
    public static IEnumerable<string> NounsOf(string term, IEnumerable<string> endings)
    {
        var stems = StemsOf(term).Distinct(StringComparer.Ordinal).ToList();
        // A verb in -ise or -ize also names its act in -ism ("criticise": "criticism"), which no ending added to it makes.
        var isms = stems.Where(stem => stem.Length > 4 && stem[^2] == 'i' && stem[^1] is 's' or 'z').Select(stem => stem[..^1] + "sm");
        return endings.SelectMany(ending => stems.Select(stem => stem + ending)).Concat(isms).Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> StemsOf(string term)
    {
        // Too short a stem makes nouns of unrelated words ("us": "usage").
        if (term.Length < 4)
        {
            yield break;
        }

        yield return term;
        var stem = Inflection.BaseOf(term);
        yield return stem;
        if (stem.Length > 3 && stem[^1] == 'e')
        {
            stem = stem[..^1];
            yield return stem;
        }

        switch (stem[^1])
        {
            // "ratify": "ratification", "deny": "denial".
            case 'y':
                yield return stem[..^1] + "ic";
                yield return stem[..^1] + "i";
                break;

            // "invade": "invasion", "suspend": "suspension", "decide": "decision".
            case 'd':
                yield return stem[..^1] + "s";
                break;

            // "admit": "admission", "permit": "permission"; "extradite" keeps its "t" ("extradition").
            case 't' when stem.Length > 2 && IsVowel(stem[^2]) && !IsVowel(stem[^3]):
                yield return stem[..^1] + "ss";
                break;
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
