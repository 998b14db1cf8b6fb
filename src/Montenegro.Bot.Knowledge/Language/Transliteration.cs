using System.Text;

namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// Montenegrin Cyrillic to Latin and back, letter for letter as the two official alphabets correspond
/// (љ = lj, њ = nj, џ = dž, ђ = đ, ћ = ć, ś and ź for Montenegrin's two extra letters).
/// </summary>
public static class Transliteration
{
    private static readonly Dictionary<char, string> ToLatinMap = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['ђ'] = "đ", ['е'] = "e", ['ж'] = "ž",
        ['з'] = "z", ['и'] = "i", ['ј'] = "j", ['к'] = "k", ['л'] = "l", ['љ'] = "lj", ['м'] = "m", ['н'] = "n",
        ['њ'] = "nj", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['ћ'] = "ć", ['у'] = "u",
        ['ф'] = "f", ['х'] = "h", ['ц'] = "c", ['ч'] = "č", ['џ'] = "dž", ['ш'] = "š",

        // Russian letters a writer may use for a Russian name.
        ['й'] = "j", ['ы'] = "y", ['э'] = "e", ['ю'] = "ju", ['я'] = "ja", ['ё'] = "jo", ['щ'] = "šč", ['ь'] = "", ['ъ'] = "",
        ['і'] = "i", ['ї'] = "ji", ['є'] = "je",
    };

    private static readonly (string Latin, char Cyrillic)[] ToCyrillicPairs =
    [
        ("dž", 'џ'), ("lj", 'љ'), ("nj", 'њ'),
        ("a", 'а'), ("b", 'б'), ("v", 'в'), ("g", 'г'), ("d", 'д'), ("đ", 'ђ'), ("e", 'е'), ("ž", 'ж'), ("z", 'з'),
        ("i", 'и'), ("j", 'ј'), ("k", 'к'), ("l", 'л'), ("m", 'м'), ("n", 'н'), ("o", 'о'), ("p", 'п'), ("r", 'р'),
        ("s", 'с'), ("t", 'т'), ("ć", 'ћ'), ("u", 'у'), ("f", 'ф'), ("h", 'х'), ("c", 'ц'), ("č", 'ч'), ("š", 'ш'),
    ];

    /// <summary>Whether <paramref name="text"/> has any Cyrillic letter.</summary>
    public static bool HasCyrillic(string text) => text.Any(IsCyrillic);

    /// <summary>Whether <paramref name="c"/> is a Cyrillic letter.</summary>
    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>The text with every Cyrillic letter written in Latin, keeping case; other characters unchanged.</summary>
    public static string ToLatin(string text)
    {
        if (!HasCyrillic(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (!IsCyrillic(c) || !ToLatinMap.TryGetValue(lower, out var latin))
            {
                sb.Append(c);
                continue;
            }

            if (c != lower && latin.Length > 0)
            {
                // Љ at the start of a word is "Lj", not "LJ".
                latin = char.ToUpperInvariant(latin[0]) + latin[1..];
            }

            sb.Append(latin);
        }

        return sb.ToString();
    }

    /// <summary>The text with Latin letters written in Cyrillic (digraphs lj, nj, dž as one letter), keeping case.</summary>
    public static string ToCyrillic(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var matched = false;
            foreach (var (latin, cyrillic) in ToCyrillicPairs)
            {
                if (i + latin.Length <= text.Length && string.Compare(text, i, latin, 0, latin.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    sb.Append(char.IsUpper(text[i]) ? char.ToUpperInvariant(cyrillic) : cyrillic);
                    i += latin.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                sb.Append(text[i]);
                i++;
            }
        }

        return sb.ToString();
    }
}
