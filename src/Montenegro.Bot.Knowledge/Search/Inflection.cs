namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// The base an English word's inflections share, so that a question and a source that inflect one word differently
/// still meet. The analyzer's light (K) stemmer keeps words it knows as they are: "visiting" and "visit", "allies" and
/// "allied", "travelling" and "travelled" stay apart. Only inflections are undone (-s, -es, -ed, -ing, -ied, -ies); words
/// derived with another ending ("government", "useful", "investment") keep their own meaning and their own base.
/// </summary>
internal static class Inflection
{
    /// <summary>The base of an analysed <paramref name="term"/>: "applied" and "apply" give "apply", "declared" and "declare" "declar".</summary>
    public static string BaseOf(string term)
    {
        var word = term;
        if (word.Length > 4 && (word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ied", StringComparison.Ordinal)))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            word = word[..^3];
        }
        else if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            word = word[..^2];
        }
        else if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))
        {
            word = word[..^1];
        }

        // "travell" (travelling, travelled) is "travel"; "declare" and "declar" (declared) are one base.
        if (word.Length > 3 && word[^1] == word[^2] && !IsVowel(word[^1]) && word[^1] is not ('s' or 'l' or 'z') || (word.Length > 4 && word.EndsWith("ll", StringComparison.Ordinal) && word.Length != term.Length))
        {
            word = word[..^1];
        }

        return word.Length > 3 && word[^1] == 'e' ? word[..^1] : word;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
