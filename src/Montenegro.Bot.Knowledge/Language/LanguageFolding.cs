using System.Text;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// Folds a word to the bare Latin form the lexicon is written in: lower case, Cyrillic transliterated,
/// đ written "dj" and other diacritics dropped ("Ђукановић", "Đukanović" and "djukanovic" agree).
/// </summary>
public static class LanguageFolding
{
    /// <summary>The folded form of <paramref name="word"/>.</summary>
    public static string Fold(string word)
    {
        var latin = Transliteration.ToLatin(word).ToLowerInvariant().Replace("đ", "dj", StringComparison.Ordinal);
        return TextFolding.FoldToAscii(latin);
    }


    /// <summary>
    /// A key under which spellings of one name in different transliterations agree: Zaytsev, Zajcev and
    /// Зајцев all give "zajcev"; Degtyarev and Degtjarev give "degtjarev"; Andria and Andrija give "andrja".
    /// </summary>
    public static string NameKey(string word)
    {
        var folded = Fold(word);
        var sb = new StringBuilder(folded);
        foreach (var (from, to) in NameSpellings)
        {
            sb.Replace(from, to);
        }

        // Doubled letters are one sound in both languages.
        var result = new StringBuilder(sb.Length);
        foreach (var c in sb.ToString())
        {
            if (result.Length == 0 || result[^1] != c)
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// A looser key for names written as they sound: the name key without its vowels after the first letter, since
    /// Montenegrin spells an English name by its sound ("Ramsfeld" for Rumsfeld, "Tramp" for Trump) and English vowels
    /// are what it writes differently.
    /// </summary>
    public static string SoundKey(string word)
    {
        var key = NameKey(word);
        return key.Length == 0 ? key : key[0] + string.Concat(key.Skip(1).Where(c => !IsVowel(c)));
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // English transliterations of Slavic sounds and their Montenegrin Latin letters, longest first.
    private static readonly (string From, string To)[] NameSpellings =
    [
        ("shch", "sc"), ("tsch", "c"), ("zh", "z"), ("kh", "h"), ("ts", "c"), ("tz", "c"), ("ch", "c"), ("sh", "s"),
        ("ph", "f"), ("w", "v"), ("x", "ks"), ("q", "k"), ("iy", "j"), ("ij", "j"), ("ia", "ja"), ("y", "j"), ("dj", "d"),

        // A Russian soft n is written with the Serbian palatal letter: Сенин is Сењин (Senjin) in Montenegrin Cyrillic.
        ("nj", "n"),
    ];
}
