using System.Text;
using Token = Montenegro.Bot.Knowledge.Language.TextToken;

namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// Speech-to-text's readings of a question that the sources would write otherwise, mended where the sources say how: letters
/// said one by one that are the initials of a name the sources write in full ("d p s" for the Democratic Party of
/// Socialists), and a word heard as another that sounds the same where the sources write the other in its place ("meat
/// with" for "meet with", "know to NATO" for "No to NATO", "declared independents"). A question whose words the sources do
/// not bear out stays as it is: a real word is never taken for another on its sound alone.
/// </summary>
public sealed class HeardPhrases
{
    // Letters said one by one make a name from this many on: two ("u s", "e u") are the normalizer's own abbreviations.
    private const int MinInitials = 3;

    // Words this short, or among this many of the sources' commonest in lower case, are function words: a neighbour beside one
    // tells little.
    private const int MaxFunctionWordLength = 3;
    private const int CommonWordCount = 40;

    private readonly Dictionary<string, List<string>> _namesByInitials = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sourceWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowerCaseWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _commonWords;
    private readonly HashSet<string> _bigrams = new(StringComparer.Ordinal);
    private readonly HashSet<string> _trigrams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _homophones = new(StringComparer.Ordinal);
    private readonly HashSet<string> _capitalised = new(StringComparer.Ordinal);
    private readonly SoundAlikeTerms _soundAlikeNames;

    // The question words, and the words questions ask with ("role", "date"), for a homophone heard right after a question word.
    private readonly IReadOnlySet<string> _interrogatives;
    private readonly IReadOnlySet<string> _askedWords;

    // Speech-to-text writes a name of one or two words as this many ordinary words at most ("and rea man ditch").
    private const int MaxHeardNameWords = 4;

    // Three words or more that sound like a name are the name; two are only when the sources write the name beside their neighbour.
    private const int MinUnsupportedHeardNameWords = 3;

    /// <summary>An instance that changes nothing.</summary>
    public static HeardPhrases None { get; } = new([], Lexicon.Empty);

    /// <summary>Reads the sources' <paramref name="texts"/> for their names and word sequences; <paramref name="lexicon"/> gives the homophones.</summary>
    public HeardPhrases(IEnumerable<string> texts, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(lexicon);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var run in Runs(text))
            {
                var folded = run.Select(LanguageFolding.Fold).ToList();
                for (var i = 0; i < folded.Count; i++)
                {
                    _sourceWords.Add(folded[i]);
                    if (char.IsLower(run[i][0]))
                    {
                        _lowerCaseWords.Add(folded[i]);
                    }

                    frequency[folded[i]] = frequency.GetValueOrDefault(folded[i]) + 1;
                    if (i >= 1)
                    {
                        _bigrams.Add(folded[i - 1] + " " + folded[i]);
                    }

                    if (i >= 2)
                    {
                        _trigrams.Add(folded[i - 2] + " " + folded[i - 1] + " " + folded[i]);
                    }
                }

                AddNames(run);
            }
        }

        // The commonest words written in lower case: names are common in the sources too ("Russia", "NATO"), but carry meaning.
        _commonWords = frequency.Where(f => _lowerCaseWords.Contains(f.Key)).OrderByDescending(f => f.Value).Take(CommonWordCount).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);

        // A sentence's first word ("The", "In") is capitalised but no name: a name holds no function word.
        _soundAlikeNames = new SoundAlikeTerms(_capitalised.Where(n => !n.Split(' ').Any(w => IsFunctionWord(LanguageFolding.Fold(w)))));
        _interrogatives = lexicon.Words(Cue.Interrogative);
        _askedWords = lexicon.Words(Cue.Framing);
        foreach (var group in lexicon.Phrases(Cue.Homophone))
        {
            foreach (var word in group)
            {
                if (!_homophones.TryGetValue(word, out var others))
                {
                    _homophones[word] = others = [];
                }

                others.AddRange(group.Where(w => !string.Equals(w, word, StringComparison.Ordinal)));
            }
        }
    }

    // The runs of words a text writes without punctuation between them: neither names nor word sequences run across a comma.
    private static IEnumerable<List<string>> Runs(string text)
    {
        var run = new List<string>();
        foreach (var token in Tokenize(text))
        {
            if (token.IsWord)
            {
                run.Add(token.Text);
            }
            else if (!string.IsNullOrWhiteSpace(token.Text))
            {
                if (run.Count > 0)
                {
                    yield return run;
                }

                run = [];
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    // Every stretch of a run from one capitalised word to another, with only short lower-case words between ("Democratic Party of
    // Socialists"), under the initials of its capitalised words ("DPS").
    private void AddNames(List<string> run)
    {
        for (var start = 0; start < run.Count; start++)
        {
            if (!IsCapitalised(run[start]))
            {
                continue;
            }

            // A name of one word, or of two in a row ("Andria Mandic"), that speech-to-text may write as other words.
            _capitalised.Add(run[start]);
            if (start + 1 < run.Count && IsCapitalised(run[start + 1]))
            {
                _capitalised.Add(run[start] + " " + run[start + 1]);
            }

            var initials = new StringBuilder();
            for (var end = start; end < run.Count && (IsCapitalised(run[end]) || IsConnector(run[end])); end++)
            {
                if (!IsCapitalised(run[end]))
                {
                    continue;
                }

                initials.Append(char.ToUpperInvariant(LanguageFolding.Fold(run[end])[0]));
                if (initials.Length >= MinInitials)
                {
                    var key = initials.ToString();
                    var name = string.Join(' ', run.Skip(start).Take(end - start + 1));
                    if (!_namesByInitials.TryGetValue(key, out var names))
                    {
                        _namesByInitials[key] = names = [];
                    }

                    if (!names.Contains(name, StringComparer.Ordinal))
                    {
                        names.Add(name);
                    }
                }
            }
        }
    }

    private static bool IsCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.All(char.IsLetter);

    private static bool IsConnector(string word) => word.Length <= MaxFunctionWordLength && word.All(char.IsLower);

    /// <summary><paramref name="question"/> with its heard phrases as the sources write them; the same instance when none.</summary>
    public string Rewrite(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var tokens = Tokenize(question);
        var words = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].IsWord).ToList();
        if (words.Count == 0)
        {
            return question;
        }

        var folded = words.Select(i => LanguageFolding.Fold(tokens[i].Text)).ToList();
        var replaced = new Dictionary<int, (string Text, int Words)>();
        for (var w = 0; w < words.Count; w++)
        {
            if ((SpeltName(tokens, words, w) ?? HeardName(tokens, words, folded, w)) is var (name, count))
            {
                replaced[w] = (name, count);
                w += count - 1;
            }
            else if (Homophone(folded, w) is { } homophone)
            {
                replaced[w] = (homophone, 1);
            }
        }

        if (replaced.Count == 0)
        {
            return question;
        }

        var sb = new StringBuilder();
        for (var t = 0; t < tokens.Count; t++)
        {
            var w = words.IndexOf(t);
            if (w >= 0 && replaced.TryGetValue(w, out var replacement))
            {
                sb.Append(replacement.Text);
                t = words[w + replacement.Words - 1];
                continue;
            }

            sb.Append(tokens[t].Text);
        }

        return sb.ToString();
    }

    // The name whose initials the single letters from word `w` are, said one by one with a space between ("d p s"), and how
    // many words they take; null when they are none, are the initials of several names, or spell a word the sources write
    // as it is ("n a t o").
    private (string Name, int Words)? SpeltName(List<Token> tokens, List<int> words, int w)
    {
        // A run is read from its first letter only: "a t o" of "n a t o" is no name of its own.
        if (!IsLetter(tokens[words[w]]) || (words[w] > 0 && !IsSpace(tokens[words[w] - 1])) || (w > 0 && IsLetter(tokens[words[w - 1]])))
        {
            return null;
        }

        var count = 1;
        while (w + count < words.Count && IsLetter(tokens[words[w + count]]) && IsSpace(tokens[words[w + count] - 1]))
        {
            count++;
        }

        // The run ends at a space or the question's end: "s" of "montenegro's" is no letter said alone.
        var after = words[w + count - 1] + 1;
        if (count < MinInitials || (after < tokens.Count && !string.IsNullOrWhiteSpace(tokens[after].Text) && tokens[after].Text.TrimEnd('?', '.', '!', ',').Length > 0))
        {
            return null;
        }

        var letters = string.Concat(Enumerable.Range(w, count).Select(i => tokens[words[i]].Text)).ToUpperInvariant();
        return !_sourceWords.Contains(letters.ToLowerInvariant()) && _namesByInitials.TryGetValue(letters, out var names) && names.Count == 1
            ? (names[0], count)
            : null;
    }

    // The name of the sources that the words from word `w` sound like ("and rea man ditch" for Andria Mandic, "afghan is stan"
    // for Afghanistan), and how many words it takes: a run of words one space apart, each short or no word of the sources,
    // that sounds exactly like the name and is spelt near it (see SoundAlikeTerms.Heard). Two words are the name only
    // when the sources write it beside the question's neighbour, no function word ("rush in diplomats": "Russian diplomats").
    private (string Name, int Words)? HeardName(List<Token> tokens, List<int> words, List<string> folded, int w)
    {
        for (var count = Math.Min(MaxHeardNameWords, words.Count - w); count >= 2; count--)
        {
            var run = Enumerable.Range(w, count).ToList();
            // A name's syllables are heard as short words ("is", "in", "man") or as no words of the sources ("ditch", "stan"):
            // a longer word the sources use ("join", "nato") is meant as itself, and a run of short words ("can you do") is no name.
            if (run.Skip(1).Any(i => !IsSpace(tokens[words[i] - 1])) || run.Any(i => !folded[i].All(char.IsAsciiLetterLower))
                || run.Any(i => folded[i].Length > MaxFunctionWordLength && _sourceWords.Contains(folded[i]))
                || !run.Any(i => folded[i].Length > MaxFunctionWordLength && !_sourceWords.Contains(folded[i])))
            {
                continue;
            }

            if (_soundAlikeNames.Heard(run.Select(i => folded[i]).ToList()) is not { } name)
            {
                continue;
            }

            var nameWords = name.Split(' ').Select(LanguageFolding.Fold).ToList();
            var before = w > 0 ? folded[w - 1] : null;
            var after = w + count < folded.Count ? folded[w + count] : null;
            var beside = (before is not null && !IsFunctionWord(before) && _bigrams.Contains($"{before} {nameWords[0]}"))
                || (after is not null && !IsFunctionWord(after) && _bigrams.Contains($"{nameWords[^1]} {after}"));
            if (count >= MinUnsupportedHeardNameWords || beside)
            {
                return (name, count);
            }
        }

        return null;
    }

    private static bool IsLetter(Token token) => token.IsWord && token.Text.Length == 1 && char.IsAsciiLetter(token.Text[0]);

    private static bool IsSpace(Token token) => token.Text == " ";

    // The one homophone of word `w` that the sources write where the question has it, when they do not write the word itself
    // there. A neighbour on either side bears the homophone out when the word heard is no word of the sources and the
    // homophone no function word ("meat with" is "meet with": the sources write "meeting with"); otherwise only both
    // neighbours on one side do ("know to NATO": the sources write "No to NATO"), as a function word fits beside too many.
    private string? Homophone(List<string> folded, int w)
    {
        if (!_homophones.TryGetValue(folded[w], out var others))
        {
            return null;
        }

        var heard = folded[w];
        if (WrittenThere(folded, w, heard, byOneNeighbour: false))
        {
            return null;
        }

        var fits = others.Distinct(StringComparer.Ordinal)
            .Where(h => WrittenThere(folded, w, h, byOneNeighbour: !_sourceWords.Contains(heard) && !IsFunctionWord(h)))
            .ToList();
        if (fits.Count == 0 && !_sourceWords.Contains(heard) && w > 0 && _interrogatives.Contains(folded[w - 1]))
        {
            // "What roll did he play": right after a question word stands what is asked, and a word no source uses there is
            // the homophone that questions ask with and the sources use ("role").
            fits = others.Distinct(StringComparer.Ordinal).Where(h => _askedWords.Contains(h) && _sourceWords.Contains(h)).ToList();
        }

        return fits.Count == 1 ? fits[0] : null;
    }

    private bool IsFunctionWord(string word) => word.Length <= MaxFunctionWordLength || _commonWords.Contains(word);

    // Whether the sources write `word` (or a regular form of it: "meeting" of "meet") in place of word `w` between its neighbours;
    // beside one neighbour, in any regular form of it ("declare independents": the sources write "declared independence").
    private bool WrittenThere(List<string> folded, int w, string word, bool byOneNeighbour)
    {
        string? At(int i) => i >= 0 && i < folded.Count ? folded[i] : null;
        var forms = WordForms.OtherFormsOf([word]).Append(word).ToList();
        var (before2, before, after, after2) = (At(w - 2), At(w - 1), At(w + 1), At(w + 2));
        return forms.Any(f =>
            (before2 is not null && before is not null && _trigrams.Contains($"{before2} {before} {f}"))
            || (before is not null && after is not null && _trigrams.Contains($"{before} {f} {after}"))
            || (after is not null && after2 is not null && _trigrams.Contains($"{f} {after} {after2}"))
            || (byOneNeighbour && (FormsOf(before).Any(b => _bigrams.Contains($"{b} {f}")) || FormsOf(after).Any(a => _bigrams.Contains($"{f} {a}")))));
    }

    // A neighbour and its regular forms ("declare", "declared"); none when there is no neighbour.
    private static IEnumerable<string> FormsOf(string? word) => word is null ? [] : WordForms.OtherFormsOf([word]).Append(word);

    private static List<Token> Tokenize(string text) => TextToken.Split(text, hyphenInWords: false);
}
