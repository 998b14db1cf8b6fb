using System.Text;
using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// The domain terms (names of the sources and entities) by how they sound, for the ordinary words speech-to-text writes
/// in their place: "nay toe" sounds like NATO, "you crane" like Ukraine, "axe session" like Accession, "man ditch" like
/// Mandic (Mandić). A term is heard only when the words sound exactly like it by <see cref="Key"/> and their letters are also near
/// its own, so that a phrase that merely shares the consonants of a name is left alone.
/// </summary>
internal sealed class SoundAlikeTerms
{
    // A term this short, or with fewer consonant sounds, sounds like too many ordinary words.
    private const int MinTermLength = 4;
    private const int MinConsonantSounds = 2;

    // What stands for any run of vowels in a key: where the vowels are matters, which ones does not ("nay toe", "nato").
    private const char Vowel = '*';

    private const string SurnameEnding = "ic";

    private readonly Dictionary<string, List<string>> _termsByKey = new(StringComparer.Ordinal);

    // Single-word terms by their consonant sounds alone: a first name keeps its consonants through transliteration and
    // speech-to-text, while its vowels come and go ("dimitri" for Dmitry).
    private readonly Dictionary<string, List<string>> _namesByConsonants = new(StringComparer.Ordinal);

    /// <summary>Creates the index over <paramref name="terms"/>: single names or names of several words, as written.</summary>
    public SoundAlikeTerms(IEnumerable<string> terms)
    {
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var letters = Letters(words);
            if (letters.Length < MinTermLength || !words.All(w => w.All(char.IsLetter)))
            {
                continue;
            }

            foreach (var key in KeysOf(words).Where(k => k.Count(c => c != Vowel) >= MinConsonantSounds).Distinct(StringComparer.Ordinal))
            {
                if (!_termsByKey.TryGetValue(key, out var list))
                {
                    _termsByKey[key] = list = [];
                }

                list.Add(term);
            }

            if (words.Length == 1 && Consonants(Key(words)) is { Length: >= MinConsonantSounds } consonants)
            {
                if (!_namesByConsonants.TryGetValue(consonants, out var names))
                {
                    _namesByConsonants[consonants] = names = [];
                }

                names.Add(term);
            }
        }
    }

    private static string Consonants(string key) => key.Replace(Vowel.ToString(), string.Empty, StringComparison.Ordinal);

    /// <summary>A word's consonant sounds in order, its vowels left out (see <see cref="Key"/>): "nxt" and "next" have the same.</summary>
    public static string ConsonantsOf(string word) => Consonants(Key([word]));

    /// <summary>
    /// The one single-word term whose consonant sounds <paramref name="word"/> has in order, its vowels aside, and whose letters
    /// are near ("dimitri" for Dmitry: the same consonants, an "i" more and a "y" for an "i"); null when none or several. Weaker
    /// evidence still than <see cref="SoundsOnlyLike"/>: callers take it only for a first name before a surname.
    /// </summary>
    public string? ConsonantsLike(string word)
    {
        if (word.Length == 0 || !word.All(char.IsLetter) || !_namesByConsonants.TryGetValue(Consonants(Key([word])), out var terms))
        {
            return null;
        }

        var letters = Letters([word]);
        var near = terms.Where(t => LetterDistance(letters, Letters([t])) is > 0 and < int.MaxValue).DistinctBy(LanguageFolding.NameKey).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    // The ways a written term may be said: as English reads it, and a Montenegrin surname's "-ic" as the "-ić" it stands for
    // when the sources leave off the mark ("Mandic", said "man ditch").
    private static IEnumerable<string> KeysOf(string[] words)
    {
        yield return Key(words);
        if (LanguageFolding.Fold(words[^1]) is var last && last.EndsWith(SurnameEnding, StringComparison.Ordinal))
        {
            yield return Key([.. words[..^1], last + "h"]);
        }
    }

    /// <summary>
    /// The one term <paramref name="words"/> (heard words, in order) sound like and are spelt near to: at most half the
    /// term's letters apart ("youcrane" is read "ucrane", two edits from "ukraine"). Null when none or two
    /// different terms fit equally well. A name cut into syllables ("vla ho vich") may be spelt as the name is said, to the
    /// letter: several words are heard for it even then, one word only when it is spelt otherwise than the term.
    /// </summary>
    public string? Heard(IReadOnlyList<string> words)
    {
        // Heard words are spelt as English says them, where a j is the sound of Montenegrin đ ("jew kanovich" for Đukanović),
        // not of its j ("Jakič", said "yakich"): the words are heard either way.
        if (words.Any(w => w.Length == 0 || !w.All(char.IsLetter))
            || !(_termsByKey.TryGetValue(Key(words), out var terms) || _termsByKey.TryGetValue(SoundsOf(words, loose: false, englishJ: true), out terms)))
        {
            return null;
        }

        var letters = Letters(words);
        var fits = terms
            .Select(term => (Term: term, Distance: WrittenOrSaidDistance(letters, term.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            .Where(fit => fit.Distance < int.MaxValue && (fit.Distance > 0 || words.Count > 1))
            .OrderBy(fit => fit.Distance)
            .ToList();

        // Two names that sound the same and are spelt as near tell nothing: neither is taken.
        return fits.Count switch
        {
            0 => null,
            1 => fits[0].Term,
            _ when fits[1].Distance == fits[0].Distance
                && !string.Equals(LanguageFolding.NameKey(fits[0].Term), LanguageFolding.NameKey(fits[1].Term), StringComparison.Ordinal) => null,
            _ => fits[0].Term,
        };
    }

    /// <summary>
    /// The one single-word term <paramref name="word"/> sounds exactly like, however differently spelt ("eager" for Igor);
    /// null when none or several. Sound alone is weak evidence: callers take it only where a name is expected.
    /// </summary>
    public string? SoundsOnlyLike(string word)
    {
        if (word.Length == 0 || !word.All(char.IsLetter) || !_termsByKey.TryGetValue(Key([word]), out var terms))
        {
            return null;
        }

        var single = terms.Where(t => !t.Contains(' ', StringComparison.Ordinal)).DistinctBy(LanguageFolding.NameKey).ToList();
        return single.Count == 1 && !string.Equals(LanguageFolding.NameKey(single[0]), LanguageFolding.NameKey(word), StringComparison.Ordinal) ? single[0] : null;
    }

    // The edits between heard letters and a term's, as written or as said: "vooch in itch" is far from the letters of
    // Vučinić but near "vuchinich", the way its č and ć are said.
    private static int WrittenOrSaidDistance(string heard, string[] termWords) =>
        Math.Min(LetterDistance(heard, Letters(termWords)), LetterDistance(heard, string.Concat(termWords.Select(SaidLetters))));

    // A word's letters as English writes its sounds ("Vučinić" as "vuchinich").
    private static string SaidLetters(string word) => SaidAsLetter(LanguageFolding.Fold(word.ToLowerInvariant()
        .Replace("ć", "ch", StringComparison.Ordinal).Replace("č", "ch", StringComparison.Ordinal)
        .Replace("š", "sh", StringComparison.Ordinal).Replace("ž", "zh", StringComparison.Ordinal)));

    // The edits between heard and written letters, when at most half the written term's (rounded up); int.MaxValue when more.
    private static int LetterDistance(string heard, string written)
    {
        var maxDistance = (written.Length + 1) / 2;
        var distance = EditDistance.DamerauLevenshtein(heard, written, maxDistance);
        return distance > maxDistance ? int.MaxValue : distance;
    }

    /// <summary>
    /// How <paramref name="words"/> sound, said one after another: consonant sounds in order (c, k and q alike; s and z
    /// alike; d and t alike; v and f alike; ć, č, ch and tch alike; đ and dj one sound), a mark for each run of vowels, silent letters left out.
    /// </summary>
    public static string Key(IReadOnlyList<string> words) => SoundsOf(words, loose: false);

    /// <summary>
    /// As <see cref="Key"/>, with a g before a voiceless consonant or at a word's end said as a k ("deck tear of" and
    /// Degtyarev sound alike): more words sound alike by it, so callers take it only where a name is expected.
    /// </summary>
    public static string LooseKey(IReadOnlyList<string> words) => SoundsOf(words, loose: true);

    private static string SoundsOf(IReadOnlyList<string> words, bool loose, bool englishJ = false)
    {
        var sounds = new StringBuilder();
        foreach (var word in words)
        {
            AppendSounds(sounds, Spoken(word), loose, englishJ);
        }

        return sounds.ToString();
    }

    // The letters of words as they are said: folded to ASCII, a word said as a letter written as that letter.
    private static string Letters(IEnumerable<string> words) => string.Concat(words.Select(w => SaidAsLetter(LanguageFolding.Fold(w))));

    /// <summary>Whether speech-to-text writes <paramref name="word"/> (lower case) for a letter said alone: "you" for u ("you crane", Ukraine).</summary>
    public static bool IsSaidAsLetter(string word) => word == LetterU;

    private const string LetterU = "you";

    private static string SaidAsLetter(string word) => IsSaidAsLetter(word) ? "u" : word;

    /// <summary>The letter <paramref name="word"/> (lower case, see <see cref="IsSaidAsLetter"/>) is heard for.</summary>
    public static string LetterSaid(string word) => SaidAsLetter(word);

    // A word ready for its sounds: Montenegrin letters as English writes their sounds, a silent final "e" after a consonant dropped.
    private static string Spoken(string word)
    {
        var folded = SaidLetters(word);
        return folded.Length > 2 && folded[^1] == 'e' && !IsVowelLetter(folded[^2]) ? folded[..^1] : folded;
    }

    private static void AppendSounds(StringBuilder sounds, string word, bool loose, bool englishJ)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var (sound, length) = SoundAt(word, i, loose, englishJ);
            i += length - 1;
            foreach (var c in sound)
            {
                // One sound said twice is one ("axe session": the s of "axe" and of "session" are one s).
                if (sounds.Length == 0 || sounds[^1] != c)
                {
                    sounds.Append(c);
                }
            }
        }
    }

    // The sound the letters at `i` make, and how many letters make it.
    private static (string Sound, int Length) SoundAt(string word, int i, bool loose, bool englishJ)
    {
        var rest = word.AsSpan(i);
        var next = i + 1 < word.Length ? word[i + 1] : '\0';
        var afterNext = i + 2 < word.Length ? word[i + 2] : '\0';
        return rest switch
        {
            _ when rest.StartsWith("tch") => ("C", 3),

            // Đ, folded to "dj", is one sound: the j English writes for it.
            _ when rest.StartsWith("dj") => (DjSound, 2),
            _ when rest.StartsWith("ch") => ("C", 2),
            _ when rest.StartsWith("sh") || rest.StartsWith("zh") => ("S", 2),
            _ when rest.StartsWith("ph") => ("F", 2),
            _ when rest.StartsWith("gh") || rest.StartsWith("ck") => (rest[0] == 'g' ? string.Empty : "K", 2),
            _ when rest.StartsWith("cc") && IsSoftening(afterNext) => ("KS", 2),
            _ => word[i] switch
            {
                'c' => (IsSoftening(next) ? "S" : "K", 1),
                'k' or 'q' => ("K", 1),

                // A g before a voiceless consonant is said as a k ("Degtyarev" as "deck tear of"), and a word's last g as
                // either: only where a name is expected (see LooseKey).
                'g' when loose && next is 't' or 's' or 'k' or 'p' or 'f' or 'c' or '\0' => ("K", 1),
                's' or 'z' => ("S", 1),
                'x' => ("KS", 1),
                'd' or 't' => ("T", 1),
                'v' or 'f' => ("F", 1),
                'h' or 'w' => (string.Empty, 1),
                'j' when englishJ => (DjSound, 1),
                var c when IsVowelLetter(c) || c is 'y' or 'j' => (Vowel.ToString(), 1),
                var c => (char.ToUpperInvariant(c).ToString(), 1),
            },
        };
    }

    // The sound of đ (dj), and of an English j.
    private const string DjSound = "J";

    // A vowel that makes a c before it an s ("cede", "cite").
    private static bool IsSoftening(char c) => c is 'e' or 'i' or 'y';

    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
