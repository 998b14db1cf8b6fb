using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// Corrects misspelt words of a question to the words the bot knows: the sources' own words, entity
/// names and the lexicon's cue words. "whn did montenegro joinn natto" becomes "when did montenegro
/// join nato"; "pod gorica" becomes "podgorica". A word is only changed when it is unknown and one
/// known word is near it (one edit for short words, two for long ones), so ordinary words the sources
/// lack ("population") are left as they are and still count against a loose match.
/// </summary>
public sealed class SpellingCorrector
{
    private const int MinLength = 4;

    private const int TwoEditLength = 7;

    // The acronyms the analyser reads only in capitals ("DPS", "IPAP"), by their lower-case spelling.
    private static readonly Dictionary<string, string> AcronymsByLowerCase = Search.DomainSynonyms.Acronyms.Values
        .SelectMany(a => a)
        .Where(a => a.All(char.IsAsciiLetterUpper))
        .DistinctBy(a => a.ToLowerInvariant())
        .ToDictionary(a => a.ToLowerInvariant(), a => a, StringComparer.Ordinal);

    // "whois" is the shortest run of two words worth cutting; a half is a word of two letters or more ("is", "did").
    private const int MinRunTogetherLength = 5;
    private const int MinHalfLength = 2;
    private const int MinRunTogetherContentLength = 5;

    private readonly Dictionary<string, int> _frequency;
    private readonly HashSet<string> _shortWords;
    private readonly Dictionary<int, List<string>> _byLength = [];
    private readonly IReadOnlySet<string> _englishWords = new HashSet<string>();
    private readonly HashSet<string> _shortEnglishWords = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<(string One, string Other)> _variants = [];
    private readonly IReadOnlySet<string> _openingWords = new HashSet<string>();

    // Other forms of the known words ("visited" of "visit", "senator" of "senators") and the English words, by length: what a
    // typo may stand for when no known word is as near ("visted", "acepted"). A known word as near wins.
    private readonly Dictionary<int, List<string>> _inflectedByLength = [];
    private readonly HashSet<string> _inflected = new(StringComparer.Ordinal);

    // For each word of the sources, the words they write right before it and right after it ("diplomatic" before
    // "relations"): a word cut short is completed by the one that goes with its neighbour.
    private readonly Dictionary<string, HashSet<string>> _writtenBefore = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _writtenAfter = new(StringComparer.Ordinal);

    // For each word of the bot's own names for what the sources tell ("2016 coup attempt"), the words beside it in them: the
    // sources may write the same thing in other words ("an attempt to stage a coup").
    private readonly Dictionary<string, HashSet<string>> _namedBeside = new(StringComparer.Ordinal);

    // A word cut short is this long at least, and the word it begins this many letters longer: "gov" or "diplomat" for
    // "diplomats" is no clipped word.
    private const int MinClippedLength = 4;
    private const int MinClippedLetters = 2;
    private readonly Dictionary<int, List<string>> _englishByLength = [];

    // Only a typo this long is taken for another form of a word or an English word: a shorter one is as near too many
    // ("dree" is not "tree" but part of "a dree attic", Adriatic). And only with the English words given: without them a
    // real word the sources lack ("killed") would be taken for a typo of another form ("willed").
    private const int MinOtherFormLength = 6;

    // A typo this long may stand for another form of a word, or an English word, said the same ("aplly" for "apply").
    private const int MinSoundAlikeOtherFormLength = 5;

    private const int MaxOtherFormEdits = 1;

    /// <summary>
    /// Creates a corrector over <paramref name="words"/> (with repeats: frequency breaks ties) and <paramref name="questionWords"/>,
    /// the short cue words a three-letter typo may stand for; with <paramref name="spellingVariants"/>, a word spelt the other
    /// way of a known word ("dialog" for "dialogue") becomes the known word, however common it is; with
    /// <paramref name="openingWords"/>, a misspelt first word of a question is one of them when one is near (see <see cref="CorrectOpening"/>);
    /// with <paramref name="texts"/> (the sources' words in order, lower case), a word cut short is the word it begins that
    /// they write beside its neighbour (see <see cref="Complete"/>); <paramref name="names"/> are the words in order, lower case,
    /// of the bot's own names for what the sources tell (see <see cref="NamedBeside"/>).
    /// </summary>
    public SpellingCorrector(IEnumerable<string> words, IEnumerable<string> questionWords, IReadOnlyList<(string One, string Other)>? spellingVariants = null, IEnumerable<string>? openingWords = null, IEnumerable<IReadOnlyList<string>>? texts = null, IEnumerable<IReadOnlyList<string>>? names = null)
    {
        foreach (var name in names ?? [])
        {
            for (var i = 1; i < name.Count; i++)
            {
                Neighbours(_namedBeside, name[i]).Add(name[i - 1]);
                Neighbours(_namedBeside, name[i - 1]).Add(name[i]);
            }
        }

        foreach (var text in texts ?? [])
        {
            for (var i = 1; i < text.Count; i++)
            {
                Neighbours(_writtenBefore, text[i]).Add(text[i - 1]);
                Neighbours(_writtenAfter, text[i - 1]).Add(text[i]);
            }
        }

        _variants = spellingVariants ?? [];
        // Opening words are known words however the sources use them.
        _openingWords = (openingWords ?? []).Select(w => w.ToLowerInvariant()).Where(w => w.All(char.IsAsciiLetterLower)).ToHashSet(StringComparer.Ordinal);
        _frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var w = word.ToLowerInvariant();
            if (w.Length > 0 && w.All(char.IsAsciiLetterLower))
            {
                _frequency[w] = _frequency.GetValueOrDefault(w) + 1;
            }
        }

        _shortWords = questionWords.Select(w => w.ToLowerInvariant()).Where(w => w.Length <= 4 && w.All(char.IsAsciiLetterLower)).ToHashSet(StringComparer.Ordinal);
        foreach (var w in _shortWords.Concat(_openingWords))
        {
            _frequency.TryAdd(w, 1);
        }

        foreach (var w in _frequency.Keys)
        {
            if (!_byLength.TryGetValue(w.Length, out var list))
            {
                _byLength[w.Length] = list = [];
            }

            list.Add(w);
        }

        foreach (var w in WordForms.OtherFormsOf(_frequency.Keys).Where(f => !_frequency.ContainsKey(f)))
        {
            _inflected.Add(w);
            AddByLength(_inflectedByLength, w);
        }
    }

    private static void AddByLength(Dictionary<int, List<string>> byLength, string word)
    {
        if (!byLength.TryGetValue(word.Length, out var list))
        {
            byLength[word.Length] = list = [];
        }

        list.Add(word);
    }

    private SpellingCorrector(SpellingCorrector corrector, IReadOnlySet<string> englishWords)
    {
        _frequency = corrector._frequency;
        _shortWords = corrector._shortWords;
        _openingWords = corrector._openingWords;
        _byLength = corrector._byLength;
        // A three-letter English word ("way", "run") is kept apart: it only stops a three-letter word from being taken for a
        // question word ("why", "ran"), and is no English word to the rest, where short words are as often a name's syllables.
        _englishWords = englishWords.Where(w => w.Length >= MinLength).ToHashSet(StringComparer.Ordinal);
        _shortEnglishWords = englishWords.Where(w => w.Length < MinLength).ToHashSet(StringComparer.Ordinal);
        _variants = corrector._variants;
        _inflectedByLength = corrector._inflectedByLength;
        _inflected = corrector._inflected;
        _writtenBefore = corrector._writtenBefore;
        _writtenAfter = corrector._writtenAfter;
        _namedBeside = corrector._namedBeside;
        foreach (var w in _englishWords.Where(w => w.All(char.IsAsciiLetterLower) && !_frequency.ContainsKey(w)))
        {
            AddByLength(_englishByLength, w);
        }
    }

    /// <summary>
    /// This corrector, also leaving alone the English <paramref name="words"/> that the sources lack ("getting", "admission",
    /// "came"), which it would otherwise take for typos of the sources' words. The caller decides which words are words:
    /// see <c>SentenceEmbedder.Words</c>.
    /// </summary>
    public SpellingCorrector WithEnglishWords(IReadOnlySet<string> words) => new(this, words);

    /// <summary>Whether <paramref name="word"/> (lower case) is one of the English words given by <see cref="WithEnglishWords"/>.</summary>
    public bool IsEnglishWord(string word) => _englishWords.Contains(word);

    /// <summary>As <see cref="IsEnglishWord"/>, short words too ("cup", "way"), which the corrector otherwise keeps apart.</summary>
    public bool IsAnyEnglishWord(string word) => _englishWords.Contains(word) || _shortEnglishWords.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> (lower case) is known more than once: a word the sources themselves use ("to", "their",
    /// "montenegro"), as against one listed only once, as a cue word ("man") or in a single name.
    /// </summary>
    public bool IsRepeatedlyUsed(string word) => _frequency.GetValueOrDefault(word) > 1;

    /// <summary>Whether <paramref name="word"/> (lower case) is known as it is.</summary>
    public bool IsKnown(string word) => _frequency.ContainsKey(word);

    /// <summary>
    /// The known word an unknown <paramref name="word"/> cut short begins ("diplo" for "diplomatic"): of the known words it
    /// begins, the one the sources write right before <paramref name="next"/> or right after <paramref name="previous"/>
    /// ("diplomatic relations"), when exactly one is; null otherwise. Chat and speech-to-text clip long words, and the
    /// neighbour says which of the words it begins was meant.
    /// </summary>
    public string? Complete(string word, string? previous, string? next)
    {
        var w = word.ToLowerInvariant();
        if (w.Length < MinClippedLength || IsKnown(w) || _englishWords.Contains(w) || !w.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        // Only the words written next to a neighbour are candidates, not the whole vocabulary.
        IEnumerable<string> WrittenBeside(Dictionary<string, HashSet<string>> neighbours, string? word) =>
            word is not null && neighbours.TryGetValue(word.ToLowerInvariant(), out var words) ? words : [];
        var fits = WrittenBeside(_writtenBefore, next).Concat(WrittenBeside(_writtenAfter, previous)).Distinct(StringComparer.Ordinal)
            .Where(k => k.Length >= w.Length + MinClippedLetters && k.StartsWith(w, StringComparison.Ordinal) && _frequency.ContainsKey(k))
            .Take(2)
            .ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>The words the sources write right after <paramref name="word"/> (lower case, folded), in lower case.</summary>
    public IReadOnlySet<string> WrittenAfter(string word) => _writtenAfter.TryGetValue(word, out var words) ? words : NoWords;

    /// <summary>The words the sources write right before <paramref name="word"/> (lower case, folded), in lower case.</summary>
    public IReadOnlySet<string> WrittenBefore(string word) => _writtenBefore.TryGetValue(word, out var words) ? words : NoWords;

    /// <summary>The words beside <paramref name="word"/> (lower case, folded) in the names given, in lower case.</summary>
    public IReadOnlySet<string> NamedBeside(string word) => _namedBeside.TryGetValue(word, out var words) ? words : NoWords;

    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal);

    private static HashSet<string> Neighbours(Dictionary<string, HashSet<string>> neighbours, string word) =>
        neighbours.TryGetValue(word, out var words) ? words : neighbours[word] = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The known word nearest to an unknown <paramref name="word"/>, or null to leave it.</summary>
    public string? Correct(string word)
    {
        var w = word.ToLowerInvariant();
        if (IsKnown(w) || !w.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        // "dps", "ipap": an acronym the analyser reads only in capitals ("DPS" for the Democratic Party of Socialists), typed
        // in lower case or found in no passage, is that acronym, not the nearest cue word ("mps").
        if (AcronymsByLowerCase.TryGetValue(w, out var acronym))
        {
            return acronym;
        }

        // Before the English words are protected: "dialog" is a word, and the sources' "dialogue" all the same.
        if (Variant(w) is { } variant)
        {
            return variant;
        }

        if (_englishWords.Contains(w))
        {
            return null;
        }

        if (w.Length < MinLength)
        {
            // "whn", "wen", "hwo": short typos only of the question words themselves, never a common word typed as meant
            // ("way" is no "why", "run" no "ran").
            return w.Length == 3 && !_shortEnglishWords.Contains(w) && Nearest(w, 1, _shortWords) is { } nearest
                && !(IsAnotherVowel(w, nearest) && !IsRepeatedlyUsed(nearest) && !_openingWords.Contains(nearest)) ? nearest : null;
        }

        // "goin", "startin": chat drops the g of "-ing"; the word with it is the word meant, when it is one.
        if (w.EndsWith(DroppedGEnding, StringComparison.Ordinal) && w + "g" is var withG && (IsKnown(withG) || _englishWords.Contains(withG)))
        {
            return withG;
        }

        // Without the English words, another form of a known word is taken only for a doubled letter typed once ("acuse" for
        // "accuse", of the sources' "accused"): that slip says which word was meant, where any other may be a real word.
        return Nearest(w, w.Length >= TwoEditLength ? 2 : 1, null, otherForms: w.Length >= MinSoundAlikeOtherFormLength && !_inflected.Contains(w))
            ?? SpeltAsSaid(w);
    }

    // A word spelt as it is said ("hapend" for "happened": a doubled letter typed once, and "-ed" as the "d" it sounds) may be
    // more edits from the word than a typo is; the one known word, form of one or English word it is spelt as said from is meant.
    private string? SpeltAsSaid(string word)
    {
        if (word.Length < MinSoundAlikeOtherFormLength)
        {
            return null;
        }

        _bySaid ??= _frequency.Keys.Concat(_inflected).Concat(_englishWords.Where(w => w.All(char.IsAsciiLetterLower)))
            .Distinct(StringComparer.Ordinal)
            .GroupBy(Said, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return _bySaid.TryGetValue(Said(word), out var words) && words.Where(w => w != word).ToList() is [var meant] ? meant : null;
    }

    private Dictionary<string, List<string>>? _bySaid;

    // A word as said, spelt plainly: each doubled letter once, a final "-ed" after a consonant as the "d" it sounds.
    private static string Said(string word)
    {
        var sb = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        if (sb.Length > 3 && sb[^1] == 'd' && sb[^2] == 'e' && !IsVowel(sb[^3]))
        {
            sb.Remove(sb.Length - 2, 1);
        }

        return sb.ToString();
    }

    private const string DroppedGEnding = "in";

    // Vowels whose keys stand side by side: one struck for the other is a slip of the finger.
    private static readonly HashSet<(char, char)> NeighbouringVowels = [('u', 'i'), ('i', 'u'), ('i', 'o'), ('o', 'i')];

    /// <summary>
    /// Whether a short word differs from <paramref name="known"/> only in one vowel, far from it on the keyboard: "ham" and
    /// "him", "bat" and "but" are each a word typed as meant, not a slip ("hiw" for "how" is one: i and o are neighbours).
    /// Taken for a slip only towards a question word or a word the sources use often ("wos" for "was"), never towards a
    /// word only listed as a cue ("him").
    /// </summary>
    private static bool IsAnotherVowel(string word, string known)
    {
        if (word.Length != known.Length)
        {
            return false;
        }

        var differences = Enumerable.Range(0, word.Length).Where(i => word[i] != known[i]).ToList();
        return differences is [var at] && IsVowel(word[at]) && IsVowel(known[at]) && !NeighbouringVowels.Contains((word[at], known[at]));
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// As <see cref="Correct"/>, for the word a question opens with: "wat was the turnout" opens with "what", not with the
    /// more common "was" that is as near, since a question opens with its question word far more often than with anything else.
    /// </summary>
    public string? CorrectOpening(string word)
    {
        var w = word.ToLowerInvariant();
        if (IsKnown(w) || _englishWords.Contains(w) || _shortEnglishWords.Contains(w) || !w.All(char.IsAsciiLetterLower) || w.Length < 3)
        {
            return Correct(word);
        }

        return Nearest(w, 1, _openingWords) ?? Correct(word);
    }

    /// <summary>
    /// The two known words an unknown <paramref name="word"/> is when written apart ("howmany", "whendid", "whois"), one of them
    /// a cue word; null when it is no such pair. A word the English words hold is left whole.
    /// </summary>
    public (string First, string Second)? SplitRunTogether(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length < MinRunTogetherLength || IsKnown(w) || _englishWords.Contains(w) || !w.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        // Of several ways to cut it, the one whose halves are most often written wins ("whois" is "who is", not "whoi s").
        (string First, string Second)? best = null;
        var bestFrequency = 0;
        for (var cut = MinHalfLength; cut <= w.Length - MinHalfLength; cut++)
        {
            var (first, second) = (w[..cut], w[cut..]);
            if ((_shortWords.Contains(first) || _shortWords.Contains(second)) && IsRunTogetherHalf(first) && IsRunTogetherHalf(second)
                && Math.Min(_frequency[first], _frequency[second]) is var frequency && frequency > bestFrequency)
            {
                best = (first, second);
                bestFrequency = frequency;
            }
        }

        return best;
    }

    // A half of a run-together word is a cue word or a known word long enough to be typed on its own: "formally" is no
    // "form ally", short words that are not cue words being as often the pieces of a longer word.
    private bool IsRunTogetherHalf(string half) => _shortWords.Contains(half) || (half.Length >= MinRunTogetherContentLength && IsKnown(half));

    /// <summary>The known word two adjacent words make when written as one ("pod gorica"), if any.</summary>
    public string? Join(string first, string second)
    {
        // A number is no half of a word: "2 February" is a date, not "2february" one edit from "february".
        if (first.Any(char.IsAsciiDigit) || second.Any(char.IsAsciiDigit))
        {
            return null;
        }

        // Two words that are words already ("european onion", heard for "European Union") are joined only into a known word
        // as they are, never into one near it ("europeanunion").
        var joined = (first + second).ToLowerInvariant();
        if (IsWord(first.ToLowerInvariant()) && IsWord(second.ToLowerInvariant()))
        {
            return IsKnown(joined) ? joined : null;
        }

        return IsKnown(joined) ? joined : joined.Length >= TwoEditLength ? Nearest(joined, 1, null) : null;
    }

    private bool IsWord(string word) => IsKnown(word) || _englishWords.Contains(word);

    /// <summary>
    /// The sources' word that two words, each a word already, are when heard apart ("social lists" for "socialists"), given the
    /// words around them: written together the two are that word or one edit from it, the sources never write the two in a
    /// row, and they write the word right after <paramref name="previous"/> or right before <paramref name="next"/> ("of
    /// socialists"). Null otherwise: two words that are words are words, unless their neighbour says they are one.
    /// </summary>
    public string? JoinHeardApart(string first, string second, string? previous, string? next)
    {
        var (a, b) = (first.ToLowerInvariant(), second.ToLowerInvariant());
        var joined = a + b;
        if (a.Length < MinHeardApartHalf || b.Length < MinHeardApartHalf || joined.Length < MinHeardApartLength
            || !joined.All(char.IsAsciiLetterLower) || WrittenAfter(a).Contains(b))
        {
            return null;
        }

        // Two edits off only for two syllables the sources never write as words: "government say" is no "governments".
        if ((IsKnown(joined) ? joined : Nearest(joined, 1, null) ?? (IsKnown(a) || IsKnown(b) ? null : SameConsonants(joined, MaxHeardApartEdits))) is not { } word)
        {
            return null;
        }

        // The neighbour in any regular form: "did mount negro join" is Montenegro, which the sources write before "joining".
        var besideNeighbour = (previous is not null && WordForms.OtherFormsOf([previous.ToLowerInvariant()]).Append(previous.ToLowerInvariant()).Any(WrittenBefore(word).Contains))
            || (next is not null && WordForms.OtherFormsOf([next.ToLowerInvariant()]).Append(next.ToLowerInvariant()).Any(WrittenAfter(word).Contains));
        return besideNeighbour ? word : null;
    }

    // Speech-to-text hears a long word's syllables as words spelt by their own sound ("mount negro"): two edits from the
    // word, but with its consonants in order, which a chance pair of words rarely has.
    private const int MaxHeardApartEdits = 2;

    // The one known word at most `maxEdits` from `word` whose consonant sounds are the word's own; null when none or several.
    private string? SameConsonants(string word, int maxEdits)
    {
        var skeleton = SoundAlikeTerms.ConsonantsOf(word);
        var fits = new List<string>();
        for (var length = word.Length - maxEdits; length <= word.Length + maxEdits; length++)
        {
            if (_byLength.TryGetValue(length, out var candidates))
            {
                fits.AddRange(candidates.Where(c => EditDistance.DamerauLevenshtein(word, c, maxEdits) <= maxEdits
                    && string.Equals(SoundAlikeTerms.ConsonantsOf(c), skeleton, StringComparison.Ordinal)));
            }
        }

        return fits.Count == 1 ? fits[0] : null;
    }

    // Two words heard for one are syllables at least ("so cial"), and the word they make is long: short pairs ("any one",
    // "in to") are as often two words meant.
    private const int MinHeardApartHalf = 3;
    private const int MinHeardApartLength = 8;

    private string? Variant(string word) => Lexicon.OtherSpellings(word, _variants).FirstOrDefault(IsKnown);

    // The candidate nearest to a word: fewest edits first; of those equally near, one that is the word with a doubled letter
    // (see TypedOnce), then one with the word's consonants in order
    // ("wat" is "what", not "was"; "senater" is "senator", not "senate": a typo more often misses a vowel than a consonant),
    // then a known word over another form of one or an English word, then one said the same ("senat" is "senate", not
    // "sent"), then the commonest.
    private string? Nearest(string word, int maxEdits, IReadOnlySet<string>? among, bool otherForms = false)
    {
        string? best = null;
        var bestRank = (Distance: int.MaxValue, Doubled: 1, Consonants: 1, Kind: int.MaxValue, Sound: 1, Frequency: 0);
        var skeleton = SoundAlikeTerms.ConsonantsOf(word);
        var sound = SoundAlikeTerms.Key([word]);
        var sets = otherForms ? new[] { _byLength, _inflectedByLength, _englishByLength } : [_byLength];
        var knownDistance = -1;
        for (var kind = 0; kind < sets.Length; kind++)
        {
            if (kind == 1 && best is not null)
            {
                knownDistance = bestRank.Distance;
            }

            // Another form of a word, or an English word, is taken for a typo one edit away only: two edits from a word
            // the bot does not know reach too many ("plotters" is not "letters").
            var edits = kind == 0 ? maxEdits : Math.Min(maxEdits, MaxOtherFormEdits);
            for (var length = word.Length - edits; length <= word.Length + edits; length++)
            {
                if (!sets[kind].TryGetValue(length, out var candidates))
                {
                    continue;
                }

                foreach (var candidate in candidates)
                {
                    if (among is not null && !among.Contains(candidate))
                    {
                        continue;
                    }

                    var distance = EditDistance.DamerauLevenshtein(word, candidate, edits);
                    if (distance > edits || distance > bestRank.Distance)
                    {
                        continue;
                    }

                    var doubled = TypedOnce(word, candidate) ? 0 : 1;
                    if (kind > 0 && _englishWords.Count == 0 && doubled != 0)
                    {
                        continue;
                    }

                    var consonants = string.Equals(SoundAlikeTerms.ConsonantsOf(candidate), skeleton, StringComparison.Ordinal) ? 0 : 1;
                    var said = string.Equals(SoundAlikeTerms.Key([candidate]), sound, StringComparison.Ordinal) ? 0 : 1;

                    // A typo shorter than other forms are taken for is one only when said the same, and only in place of a
                    // known word as near ("aplly" is "apply", not "ally"): a short word the bot does not know ("scrap") is
                    // more often a word than a typo.
                    if (kind > 0 && word.Length < MinOtherFormLength && (said != 0 || knownDistance != distance))
                    {
                        continue;
                    }

                    var rank = (Distance: distance, Doubled: doubled, Consonants: consonants, Kind: kind, Sound: said, Frequency: _frequency.GetValueOrDefault(candidate));
                    if (IsBetter(rank, bestRank))
                    {
                        best = candidate;
                        bestRank = rank;
                    }
                }
            }
        }

        return best;
    }

    private static bool IsBetter((int Distance, int Doubled, int Consonants, int Kind, int Sound, int Frequency) rank, (int Distance, int Doubled, int Consonants, int Kind, int Sound, int Frequency) best) =>
        (rank.Distance, rank.Doubled, rank.Consonants, rank.Kind, rank.Sound) is var key && (best.Distance, best.Doubled, best.Consonants, best.Kind, best.Sound) is var bestKey
        && (key.CompareTo(bestKey) < 0 || (key == bestKey && rank.Frequency > best.Frequency));

    // Whether `word` is `candidate` with one letter of a doubled pair typed once ("acuse" for "accuse", "ocurred" for
    // "occurred"): the commonest slip of all, so such a candidate beats others as near ("cause", two letters swapped).
    private static bool TypedOnce(string word, string candidate)
    {
        if (candidate.Length != word.Length + 1)
        {
            return false;
        }

        for (var i = 1; i < candidate.Length; i++)
        {
            if (candidate[i] == candidate[i - 1] && string.Equals(candidate.Remove(i, 1), word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

}
