using System.Text;
using Montenegro.Bot.Knowledge.Entities;
using Token = Montenegro.Bot.Knowledge.Language.TextToken;

namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// Turns a question in English or Montenegrin (Latin or Cyrillic) into the English the sources are
/// written in: Montenegrin words and inflected names through the lexicon, and names in other
/// transliterations ("Zajcev", "Зајцев") in the sources' spelling ("Zaytsev").
/// </summary>
public sealed class QuestionNormalizer
{
    // English function words: a question with more of these than Montenegrin markers is English.
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "did", "does", "do", "when", "what", "who", "is", "was", "were", "of", "to", "in", "and", "how", "why",
        "which", "with", "has", "have", "an", "on", "by", "for", "about", "many", "much", "it", "its", "recognise",
        "recognize", "join", "joined", "relations", "poll", "vote", "tell", "me", "between",
    };

    // A name this long, with this many consonants, is taken by its sound alone (see RespellHeard).
    private const int MinSoundAlikeLength = 6;
    private const int MinSoundAlikeConsonants = 5;

    // Case endings of Montenegrin nouns and names, and of the adjectives names make ("Ramsfeldov", "Ipsosovoj"), longest first.
    private static readonly string[] CaseEndings =
        ["ovoj", "ovog", "ovom", "ovih", "ova", "ovu", "ove", "ima", "ama", "ov", "om", "em", "u", "a", "e", "i"];

    // The lexicon's English for "godina" and its forms.
    private const string YearWord = "year";

    // A word of a many-word name heard as another word ("piece" for "Peace") is this long at least: shorter ones are too
    // often other words typed right. One edit away, or two when it also sounds the same.
    private const int MinHeardNameWordLength = 4;
    private const int HeardNameWordEdits = 1;
    private const int HeardNameWordSoundAlikeEdits = 2;

    // Letters spelt out one by one ("n a t o") are a word from this many on.
    private const int MinSpeltLetters = 2;

    // Letters said by their names ("dee ex see see") are an abbreviation from this many on: "are you" is no "RU".
    private const int MinSaidAbbreviationLetters = 3;

    // Speech-to-text writes a name as this many ordinary words at most ("andrea man ditch").
    private const int MaxHeardRunWords = 3;

    // A word the sources use this short may be a syllable of a heard name ("in" of "vooch in itch").
    private const int MaxHeardSyllableLength = 2;

    private readonly Lexicon _lexicon;
    private readonly SeparatedPhrasalVerbs _phrasalVerbs;
    private readonly IReadOnlySet<string> _sourceWording;
    private readonly SpellingCorrector? _speller;
    private readonly IReadOnlyDictionary<string, string> _entityNames;
    private readonly Dictionary<string, string> _sourceNamesByKey;
    private readonly Dictionary<string, string?> _sourceNamesBySound;
    private readonly SpokenNumbers _spokenNumbers;
    private readonly IReadOnlyList<(string Name, string[] Words)> _manyWordNames;
    private readonly SoundAlikeTerms _soundAlikeTerms;
    private readonly IReadOnlyDictionary<string, string> _letterNames;
    private readonly IReadOnlySet<string> _sourceAbbreviations;
    private readonly HeardPhrases _heardPhrases;
    private readonly ChatRegister _chat;

    /// <summary>Creates a normalizer.</summary>
    /// <param name="lexicon">The bilingual lexicon.</param>
    /// <param name="entityNames">English names of entities by id.</param>
    /// <param name="sourceNames">Capitalised words of the sources (names), in the sources' spelling.</param>
    /// <param name="speller">Corrects misspelt words of English questions; none leaves them.</param>
    /// <param name="sourceWording">Paraphrase forms the sources themselves use (see <see cref="Lexicon.ParaphrasesUsedIn"/>): left as they are.</param>
    /// <param name="sourceYears">The years the sources name: a year a chat question writes with two digits ("since 91") is one of them.</param>
    /// <param name="heardPhrases">Speech-to-text's phrases the sources write otherwise, mended first (see <see cref="HeardPhrases"/>).</param>
    public QuestionNormalizer(Lexicon lexicon, IReadOnlyDictionary<string, string> entityNames, IEnumerable<string> sourceNames, SpellingCorrector? speller = null, IReadOnlySet<string>? sourceWording = null, IEnumerable<int>? sourceYears = null, HeardPhrases? heardPhrases = null)
    {
        _chat = new ChatRegister(lexicon, sourceYears ?? []);
        _heardPhrases = heardPhrases ?? HeardPhrases.None;
        _sourceWording = sourceWording ?? new HashSet<string>();
        _lexicon = lexicon;
        _phrasalVerbs = new SeparatedPhrasalVerbs(lexicon.ParaphraseForms, lexicon.Words(Cue.SeparableParticle));
        _speller = speller;
        _spokenNumbers = new SpokenNumbers(lexicon);
        _entityNames = entityNames;
        _manyWordNames = ManyWordNames(entityNames.Values.Concat(lexicon.ParaphraseNames));
        _sourceNamesByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        _sourceNamesBySound = new Dictionary<string, string?>(StringComparer.Ordinal);
        var sourceNameList = sourceNames.ToList();
        _soundAlikeTerms = new SoundAlikeTerms(sourceNameList.Concat(entityNames.Values).Concat(lexicon.ParaphraseNames));
        _letterNames = lexicon.Phrases(Cue.SpokenLetter).Where(p => p.Length == 2 && p[1].Length == 1)
            .DistinctBy(p => p[0], StringComparer.Ordinal).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        _sourceAbbreviations = sourceNameList.Concat(entityNames.Values)
            .Where(n => n.Length >= MinSaidAbbreviationLetters && n.All(char.IsAsciiLetterUpper)).ToHashSet(StringComparer.Ordinal);
        foreach (var name in sourceNameList)
        {
            var key = LanguageFolding.NameKey(name);
            if (key.Length >= 4)
            {
                _sourceNamesByKey.TryAdd(key, name);
            }

            var sound = LanguageFolding.SoundKey(name);
            if (name.Length >= MinSoundAlikeLength && sound.Length >= MinSoundAlikeConsonants)
            {
                // Two names that sound alike tell nothing: neither is taken.
                _sourceNamesBySound[sound] = _sourceNamesBySound.TryGetValue(sound, out var other) && !string.Equals(other, name, StringComparison.Ordinal) ? null : name;
            }
        }
    }

    /// <summary>
    /// This normalizer with a spelling corrector that leaves the English <paramref name="words"/> alone (see
    /// <see cref="SpellingCorrector.WithEnglishWords"/>): with a language model loaded, its vocabulary tells words from typos.
    /// </summary>
    public QuestionNormalizer WithEnglishWords(IReadOnlySet<string> words) =>
        _speller is null ? this : new QuestionNormalizer(this, _speller.WithEnglishWords(words));

    private QuestionNormalizer(QuestionNormalizer normalizer, SpellingCorrector speller)
    {
        _lexicon = normalizer._lexicon;
        _phrasalVerbs = normalizer._phrasalVerbs;
        _sourceWording = normalizer._sourceWording;
        _entityNames = normalizer._entityNames;
        _sourceNamesByKey = normalizer._sourceNamesByKey;
        _sourceNamesBySound = normalizer._sourceNamesBySound;
        _spokenNumbers = normalizer._spokenNumbers;
        _manyWordNames = normalizer._manyWordNames;
        _soundAlikeTerms = normalizer._soundAlikeTerms;
        _letterNames = normalizer._letterNames;
        _sourceAbbreviations = normalizer._sourceAbbreviations;
        _heardPhrases = normalizer._heardPhrases;
        _chat = normalizer._chat;
        _speller = speller;
    }

    /// <summary>The lexicon it translates with.</summary>
    public Lexicon Lexicon => _lexicon;

    /// <summary>Normalizes <paramref name="question"/>.</summary>
    public NormalizedQuestion Normalize(string question)
    {
        var script = Transliteration.HasCyrillic(question) ? Script.Cyrillic : Script.Latin;
        var latin = _heardPhrases.Rewrite(Transliteration.ToLatin(question));
        var tokens = Tokenize(latin);
        var folded = tokens.Select(t => t.IsWord ? LanguageFolding.Fold(t.Text) : t.Text).ToList();
        var words = folded.Where((_, i) => tokens[i].IsWord).ToList();
        var markers = words.Count(_lexicon.IsMarker);
        var english = words.Count(EnglishWords.Contains);
        // A short follow-up has no question word ("a Francuska?"): with no English word at all, one word only Montenegrin
        // writes that way is enough.
        var montenegrin = script == Script.Cyrillic || (markers > 0 && markers >= english) || (english == 0 && words.Any(IsMontenegrinOnly));
        if (!montenegrin && _spokenNumbers.Read(latin) is var read && !ReferenceEquals(read, latin))
        {
            // Spoken numbers in digits ("twenty fourteen" is 2014) before anything else reads the words.
            tokens = Tokenize(read);
            folded = tokens.Select(t => t.IsWord ? LanguageFolding.Fold(t.Text) : t.Text).ToList();
        }

        if (!montenegrin)
        {
            // Chat's tags ("…, right?") and two-digit years ("since 91"), then its filler words ("that ex-FSB guy … pretty
            // much"), go before the paraphrases, which then see the words around the filler as neighbours ("hand that ex-FSB
            // guy back" is "hand … back").
            tokens = Tokenize(_chat.Read(string.Concat(tokens.Select(t => t.Text))));
            tokens = Paraphrase(tokens, Folded(tokens), dropsOnly: true);
            tokens = Tokenize(string.Concat(tokens.Select(t => t.Text)));
            folded = Folded(tokens);
        }

        // Everyday words become the sources' words before spelling correction, which would bend them towards a known word.
        // A name's word heard as another ("partnership for peas") is read as the name before the spelling corrector takes
        // the heard word for a typo of some nearer word ("peak").
        var text = montenegrin ? InSourceWords(Translate(tokens, folded))
            : WithHeardNameWords(WithHeardNames(Respelt(Tokenize(WithHeardNames(string.Concat(Paraphrase(tokens, folded).Select(t => t.Text)), beforeSpelling: true)))));
        return new NormalizedQuestion(question, text, montenegrin ? QuestionLanguage.Montenegrin : QuestionLanguage.English, script);
    }

    // The paraphrased question with its names respelt and its typos corrected; a corrected word may make a paraphrase's form
    // ("acepted into" is "accepted into", which is "admitted into"), so the corrected question is paraphrased again.
    private string Respelt(List<Token> paraphrased)
    {
        var respelt = RespellNames(paraphrased);
        return string.Equals(respelt, string.Concat(paraphrased.Select(t => t.Text)), StringComparison.Ordinal) ? respelt : InSourceWords(respelt);
    }

    // A word the lexicon knows as Montenegrin, whose English is another word ("francuska" is France; "nato" is NATO in both).
    // Words of one or two letters ("a", "i", "to") are English words too.
    private bool IsMontenegrinOnly(string folded) =>
        folded.Length > 2 && !EnglishWords.Contains(folded) && !folded.All(char.IsAsciiDigit) && _lexicon.Form(folded) is { } translation
        && !string.Equals(LanguageFolding.Fold(Render(translation)), folded, StringComparison.Ordinal);

    // A translated question says what an English one would ("MAP"), so it takes the sources' words ("Membership Action Plan") the same way.
    private string InSourceWords(string translated)
    {
        var tokens = Tokenize(translated);
        var folded = tokens.Select(t => t.IsWord ? LanguageFolding.Fold(t.Text) : t.Text).ToList();
        return string.Concat(Paraphrase(tokens, folded).Select(t => t.Text));
    }

    private string Translate(List<Token> tokens, List<string> folded)
    {
        // Work on the words alone, so that phrases match across the spaces between them.
        var wordIndexes = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].IsWord).ToList();
        var originals = wordIndexes.Select(i => WithoutCaseEnding(tokens[i].Text)).ToList();
        var words = wordIndexes.Select((i, w) => ReferenceEquals(originals[w], tokens[i].Text) ? folded[i] : LanguageFolding.Fold(originals[w])).ToList();
        var output = new List<string>();
        for (var w = 0; w < words.Count;)
        {
            var (english, length) = TranslateAt(words, w, originals[w]);

            // "49,88 odsto" is one number: the words alone would part it into "49" and "88".
            if (length == 1 && w + 1 < words.Count && wordIndexes[w + 1] == wordIndexes[w] + 2
                && LocalNumbers.Decimal(wordIndexes[w] > 0 ? tokens[wordIndexes[w] - 1].Text : null, words[w], tokens[wordIndexes[w] + 1].Text, words[w + 1], wordIndexes[w + 1] + 1 < tokens.Count ? tokens[wordIndexes[w + 1] + 1].Text : null) is { } number)
            {
                (english, length) = (number, 2);
            }

            // "3.6.2006" is 3 June 2006: the day comes first, which an English reading cannot take for granted.
            if (length == 1 && w + 2 < words.Count && wordIndexes[w + 1] == wordIndexes[w] + 2 && wordIndexes[w + 2] == wordIndexes[w] + 4
                && LocalNumbers.DottedDate(words[w], tokens[wordIndexes[w] + 1].Text, words[w + 1], tokens[wordIndexes[w] + 3].Text, words[w + 2]) is { } date)
            {
                (english, length) = (date, 3);
            }

            var last = wordIndexes[w + length - 1];

            // "2010. godine" is "in 2010": English names no "year" after the number, and a stray "year" reads as asking for one.
            var yearAfterNumber = english == YearWord && output.Count > 0 && output[^1].Length == 4 && output[^1].All(char.IsAsciiDigit);
            if (english is not null && !yearAfterNumber)
            {
                output.Add(english);
            }

            // "49,88%": the sign is no word, so it would be lost with the punctuation.
            if (english is not null && english.Length > 0 && char.IsAsciiDigit(english[^1]) && last + 1 < tokens.Count && LocalNumbers.IsPercentSign(tokens[last + 1].Text))
            {
                output.Add("percent");
            }

            w += length;
        }

        var sb = new StringBuilder(string.Join(' ', output));
        if (tokens.Count > 0 && tokens[^1].Text.Contains('?', StringComparison.Ordinal))
        {
            sb.Append('?');
        }

        return sb.ToString();
    }

    // An abbreviation takes its case ending after a hyphen ("SNP-a", "CEDEM-u", "УН-ом"): the name is the part before it.
    private static string WithoutCaseEnding(string word)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen < 2 || word.Length - hyphen - 1 is < 1 or > 3)
        {
            return word;
        }

        var name = word[..hyphen];
        return name.All(c => char.IsUpper(c) || char.IsAsciiDigit(c)) && word[(hyphen + 1)..].All(char.IsLower) ? name : word;
    }

    private (string? English, int Length) TranslateAt(List<string> words, int start, string original)
    {
        // Phrases first, longest first ("koje godine" is "when", "koje" alone is "what").
        for (var length = Math.Min(_lexicon.MaxPhraseLength, words.Count - start); length >= 2; length--)
        {
            if (_lexicon.Form(string.Join(' ', words.Skip(start).Take(length))) is { } phrase)
            {
                return (Render(phrase), length);
            }
        }

        var word = words[start];
        if (word.All(char.IsAsciiDigit))
        {
            return (original, 1);
        }

        if (_lexicon.Form(word) is { } form)
        {
            return (Render(form), 1);
        }

        if (_lexicon.IsDropped(word))
        {
            return (null, 1);
        }

        if (_lexicon.Stem(words, start) is { } stem)
        {
            return (Render(stem.Translation), stem.Length);
        }

        return (RespellHeard(original), 1);
    }

    // A Montenegrin question writes an English name as it sounds ("Ramsfeld"): failing its spelling, a long name that sounds
    // like one name of the sources, and like no other, is that name. Short words are left alone: too many sound alike.
    private string RespellHeard(string word)
    {
        var respelt = Respell(word);
        if (!ReferenceEquals(respelt, word) || !char.IsLetter(word[0]))
        {
            return respelt;
        }

        // A name in another case than the nominative: "Senina", "Zajcevu", "Đukanovićem", "Ramsfelda".
        foreach (var stem in NominativesOf(word))
        {
            if (_sourceNamesByKey.TryGetValue(LanguageFolding.NameKey(stem), out var known))
            {
                return known;
            }

            if (SoundAlike(stem) is { } heard)
            {
                return heard;
            }
        }

        return SoundAlike(word) ?? word;
    }

    private string? SoundAlike(string word) =>
        word.Length >= MinSoundAlikeLength && _sourceNamesBySound.TryGetValue(LanguageFolding.SoundKey(word), out var name) ? name : null;

    // The nominatives a declined name may stand for: its case ending taken off (masculine "Senin-a", "Zajcev-u",
    // "Đukanović-em"), or put back as the feminine "-a" ("Podgoric-i" is Podgorica). A stem shorter than four letters
    // is no name.
    private static IEnumerable<string> NominativesOf(string word)
    {
        foreach (var ending in CaseEndings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                var stem = word[..^ending.Length];
                yield return stem;
                yield return stem + "a";
            }
        }
    }

    private string Render(Lexicon.Translation translation) =>
        translation.EntityId is { } id && _entityNames.TryGetValue(id, out var name) ? name : translation.English ?? string.Empty;

    private static List<string> Folded(List<Token> tokens) => tokens.Select(t => t.IsWord ? LanguageFolding.Fold(t.Text) : t.Text).ToList();

    // "kicked out" → "expelled": the longest paraphrase at each word wins; spaces and punctuation stay as they were. With
    // dropsOnly, only the paraphrases to nothing ("lol", "pretty") are applied: another that starts at a word is left whole.
    private List<Token> Paraphrase(List<Token> tokens, List<string> folded, bool dropsOnly = false)
    {
        if (!_lexicon.HasParaphrases)
        {
            return tokens;
        }

        var wordIndexes = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].IsWord).ToList();
        var output = new List<Token>(tokens.Count);
        var next = 0;

        // "the us or the uk": a question typed all in lower case stays so ("the united states"), for a capital the writer
        // never typed would make the rest of it read as written with capitals, where "uk" is no name. An acronym the
        // paraphrase spells out in capitals ("US" for "us senators") keeps them: they are what names it.
        var lowerCaseOnly = !tokens.Any(t => t.IsWord && t.Text.Any(char.IsUpper));
        for (var w = 0; w < wordIndexes.Count;)
        {
            var matched = 0;
            string? english = null;
            for (var length = Math.Min(_lexicon.MaxParaphraseLength, wordIndexes.Count - w); length >= 1 && english is null; length--)
            {
                var phrase = string.Join(' ', wordIndexes.Skip(w).Take(length).Select(i => folded[i]));
                english = _sourceWording.Contains(phrase) || InSpeltLetters(tokens, wordIndexes, w, length) ? null : _lexicon.Paraphrase(phrase);
                matched = length;
            }

            if (english is null)
            {
                w += dropsOnly ? 1 : SeparatedPhrasalVerb(tokens, folded, wordIndexes, w, output, ref next);
                continue;
            }

            if (dropsOnly && english.Length > 0)
            {
                w += matched;
                continue;
            }

            var first = wordIndexes[w];
            var last = wordIndexes[w + matched - 1];
            output.AddRange(tokens.Skip(next).Take(first - next));
            foreach (var (word, i) in english.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((word, i) => (word, i)))
            {
                if (i > 0)
                {
                    output.Add(new Token(" ", false));
                }

                output.Add(new Token(lowerCaseOnly && !IsAcronym(word) ? word.ToLowerInvariant() : word, true));
            }

            next = last + 1;
            w += matched;
        }

        output.AddRange(tokens.Skip(next));
        return output;
    }

    // "hand Senin over" → "extradite Senin": the words it consumed (1 when none), the verb and particle replaced, the object kept.
    private int SeparatedPhrasalVerb(List<Token> tokens, List<string> folded, List<int> wordIndexes, int w, List<Token> output, ref int next)
    {
        var words = wordIndexes.Select(i => folded[i]).ToList();
        if (_phrasalVerbs.At(words, w) is not { } found || _sourceWording.Contains(found.Form) || _lexicon.Paraphrase(found.Form) is not { } english)
        {
            return 1;
        }

        var verb = wordIndexes[w];
        var particle = wordIndexes[w + found.ObjectWords + 1];
        // Only an object said straight through: "hand it over", not "hand, over time, …".
        if (tokens.Skip(verb + 1).Take(particle - verb - 1).Any(t => !t.IsWord && !string.IsNullOrWhiteSpace(t.Text)))
        {
            return 1;
        }

        output.AddRange(tokens.Skip(next).Take(verb - next));
        output.AddRange(english.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany((word, i) => i == 0 ? [new Token(word, true)] : new[] { new Token(" ", false), new Token(word, true) }));
        output.AddRange(tokens.Skip(verb + 1).Take(particle - verb - 2));
        next = particle + 1;
        return found.ObjectWords + 2;
    }

    // A one-letter form ("n" for "and") is chat shorthand only among whole words: beside another letter, or a word said as one
    // ("you n" for UN), it is a letter spelt out ("n a t o"). So is a form that is a letter's name ("ex" for "former") beside
    // another letter's name: "dee ex see see" is DXCC said letter by letter.
    private bool InSpeltLetters(List<Token> tokens, List<int> wordIndexes, int w, int length) =>
        length == 1 && (tokens[wordIndexes[w]].Text.Length == 1
            ? (w > 0 && IsSingleLetter(tokens[wordIndexes[w - 1]])) || (w + 1 < wordIndexes.Count && IsSingleLetter(tokens[wordIndexes[w + 1]]))
            : IsLetterName(tokens[wordIndexes[w]]) && ((w > 0 && IsLetterName(tokens[wordIndexes[w - 1]])) || (w + 1 < wordIndexes.Count && IsLetterName(tokens[wordIndexes[w + 1]]))));

    private bool IsLetterName(Token token) => _letterNames.ContainsKey(LanguageFolding.Fold(token.Text));

    private string RespellNames(List<Token> tokens)
    {
        var sb = new StringBuilder();
        var firstWord = tokens.FindIndex(t => t.IsWord);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                sb.Append(token.Text);
                continue;
            }

            // Letters said by their names ("dee ex see see", "g are you") that spell one of the sources' abbreviations.
            if (SaidAbbreviation(tokens, i) is var (abbreviation, abbreviationEnd))
            {
                sb.Append(abbreviation);
                i = abbreviationEnd;
                continue;
            }

            // Speech-to-text spells out abbreviations letter by letter ("the d x c c list", "n a t o").
            if (SpeltLetters(tokens, i) is { } spelt)
            {
                if (spelt.Word is { } word)
                {
                    sb.Append(word);
                    i = spelt.LastToken;
                    continue;
                }

                // A letter of a run that spells nothing known is left as it is, not joined with its neighbour ("a n" is no "an").
                sb.Append(token.Text);
                continue;
            }

            // Words after a name of the sources that sound like the name the sources write after it ("igor zights of",
            // "mikhail deck tear of"): a surname heard as ordinary words, before they are taken for words written apart or typos.
            if (HeardSurnameAt(tokens, i, PreviousWord(sb)) is var (surname, surnameEnd))
            {
                sb.Append(surname);
                i = surnameEnd;
                continue;
            }

            // Two words that are one known word written apart ("pod gorica", "monty negro").
            if (_speller is not null && i + 2 < tokens.Count && tokens[i + 1].Text == " " && tokens[i + 2].IsWord
                && (!_speller.IsKnown(token.Text.ToLowerInvariant()) || !_speller.IsKnown(tokens[i + 2].Text.ToLowerInvariant()))
                && _speller.Join(token.Text, tokens[i + 2].Text) is { } joined)
            {
                sb.Append(joined);
                i += 2;
                continue;
            }

            // Two words that are words, heard apart for one of the sources' words that goes with their neighbour ("party of
            // social lists" for "socialists").
            if (_speller is not null && NeighbourWord(tokens, i, 1) is { } secondWord
                && _speller.JoinHeardApart(token.Text, secondWord, PreviousWord(sb), NeighbourWord(tokens, i + 2, 1)) is { } heardApart)
            {
                sb.Append(heardApart);
                i += 2;
                continue;
            }

            // Two or three ordinary words that sound like one name ("nay toe", "you crane"), before each is taken for a typo.
            if (HeardRunAt(tokens, i) is var (heard, lastToken))
            {
                sb.Append(heard);
                i = lastToken;
                continue;
            }

            var respelt = i == firstWord ? HeardOpening(token.Text) : Respell(token.Text);
            if (ReferenceEquals(respelt, token.Text) && _speller?.SplitRunTogether(token.Text) is var (first, second))
            {
                // Chat typing runs words together ("howmany", "whendid"): written apart, each is a word the bot knows.
                respelt = first + " " + second;
            }
            else if (ReferenceEquals(respelt, token.Text) && _speller?.Complete(token.Text, NeighbourWord(tokens, i, -1), NeighbourWord(tokens, i, 1)) is { } completed)
            {
                // "us montenegro diplo relations": a word cut short is the sources' word it begins that they write beside its
                // neighbour ("diplomatic relations"), before it is taken for a typo of some nearer word.
                respelt = completed;
            }
            else if (ReferenceEquals(respelt, token.Text) && _speller is not null
                && NeighbourFit.Fit(_speller, token.Text, PreviousWord(sb), CorrectedNeighbour(tokens, i, 1)) is { } fitted
                && !(_speller.Correct(token.Text) is { } nearer && IsNearer(token.Text, nearer, fitted)))
            {
                // "the cup atempt": a word the sources never use is the sources' word spelt near it that they write beside its
                // neighbour ("attempted coup"), unless a known word is nearer still; as near, the neighbour says which was meant
                // ("coup", not "up").
                respelt = fitted;
            }
            else if (ReferenceEquals(respelt, token.Text)
                && (i == firstWord ? _speller?.CorrectOpening(token.Text) : _speller?.Correct(token.Text)) is { } corrected
                && (!IsTypedAcronym(tokens, token) || IsAcronym(corrected)))
            {
                respelt = corrected;
            }

            sb.Append(respelt);
        }

        return sb.ToString();
    }

    // "Witch country was the last to ratify?": speech-to-text writes a question word as a real word that sounds the same, which no
    // typo correction touches; as a question's first word it is the question word (the lexicon's heard-opening pairs).
    private string HeardOpening(string word)
    {
        var lower = word.ToLowerInvariant();
        return _lexicon.Phrases(Cue.HeardOpening).FirstOrDefault(p => p is [var heard, _] && heard == lower) is [_, var meant] ? meant : Respell(word);
    }

    // The last word written so far, when only a space follows it: the name a heard surname may follow.
    private static string? PreviousWord(StringBuilder written)
    {
        if (written.Length < 2 || written[^1] != ' ')
        {
            return null;
        }

        var end = written.Length - 1;
        var start = end;
        while (start > 0 && char.IsLetter(written[start - 1]))
        {
            start--;
        }

        return start < end ? written.ToString(start, end - start) : null;
    }

    // The surname that the one to three words from token `start` sound like, and the last token it takes: a name of the
    // sources that they write right after `previous`, itself a name of theirs ("Igor" before "Zaytsev"), and
    // that the words sound exactly like (see SoundAlikeTerms.LooseKey), with enough consonant sounds not to be any word. The name
    // before is what makes ordinary words ("deck tear of") a surname: nowhere else are they taken for one.
    private (string Name, int LastToken)? HeardSurnameAt(List<Token> tokens, int start, string? previous)
    {
        if (_speller is null || previous is null || !IsSourceName(previous))
        {
            return null;
        }

        var surnames = _speller.WrittenAfter(LanguageFolding.Fold(previous.ToLowerInvariant()))
            .Select(w => _sourceNamesByKey.GetValueOrDefault(LanguageFolding.NameKey(w)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (surnames.Count == 0)
        {
            return null;
        }

        for (var count = MaxHeardRunWords; count >= 1; count--)
        {
            if (WordRun(tokens, start, count) is not { } words)
            {
                continue;
            }

            var last = LastOfRun(start, count);
            if (words.Any(w => !w.All(char.IsLetter)) || (count == 1 && _speller.IsKnown(words[0])))
            {
                continue;
            }

            var key = SoundAlikeTerms.LooseKey(words);
            var heard = surnames.Where(n => string.Equals(SoundAlikeTerms.LooseKey([n]), key, StringComparison.Ordinal)
                    // A typo of the name itself is the spelling corrector's to mend, as anywhere else.
                    && !(count == 1 && string.Equals(_speller.Correct(words[0]), LanguageFolding.Fold(n), StringComparison.OrdinalIgnoreCase)))
                .ToList();
            if (heard.Count == 1 && SoundAlikeTerms.ConsonantsOf(heard[0]).Length >= MinHeardSurnameConsonants)
            {
                return (heard[0], last);
            }
        }

        return null;
    }

    // A surname heard as ordinary words has this many consonant sounds at least: fewer, and too many words sound like it.
    private const int MinHeardSurnameConsonants = 4;

    // The `count` words from token `start`, one space apart (tokens alternate word and separator), lower-cased; null when
    // the tokens there are no such run.
    private static List<string>? WordRun(List<Token> tokens, int start, int count) =>
        LastOfRun(start, count) >= tokens.Count || Enumerable.Range(1, count - 1).Any(w => tokens[start + (2 * w) - 1].Text != " " || !tokens[start + (2 * w)].IsWord)
            ? null
            : Enumerable.Range(0, count).Select(w => tokens[start + (2 * w)].Text.ToLowerInvariant()).ToList();

    // The token of the last word of a run of `count` words from token `start`.
    private static int LastOfRun(int start, int count) => start + (2 * (count - 1));

    // Whether `one` is fewer edits from `word` than `other`.
    private static bool IsNearer(string word, string one, string other) =>
        EditDistance.DamerauLevenshtein(word.ToLowerInvariant(), one.ToLowerInvariant(), word.Length + one.Length)
        < EditDistance.DamerauLevenshtein(word.ToLowerInvariant(), other.ToLowerInvariant(), word.Length + other.Length);

    // The neighbouring word as the corrector would write it ("atempt" is "attempt").
    private string? CorrectedNeighbour(List<Token> tokens, int index, int direction) =>
        NeighbourWord(tokens, index, direction) is { } word ? _speller?.Correct(word) ?? word : null;

    // The word one space before (direction -1) or after (1) token `index`, if there is one.
    private static string? NeighbourWord(List<Token> tokens, int index, int direction) =>
        index + (2 * direction) is var at && at >= 0 && at < tokens.Count && tokens[index + direction].Text == " " && tokens[at].IsWord ? tokens[at].Text : null;

    // "GDP", "OSCE": a short word typed in capitals in a question that is not all capitals is an abbreviation the writer meant,
    // not a typo of a known word ("gap"), unless it is near another abbreviation; left as it is, it counts as a word the
    // sources do not use.
    private static bool IsTypedAcronym(List<Token> tokens, Token token) =>
        token.Text.Length is >= 2 and <= MaxTypedAcronymLength && token.Text.All(char.IsAsciiLetterUpper)
        && tokens.Any(t => t.IsWord && t.Text.Any(char.IsLower));

    private const int MaxTypedAcronymLength = 5;

    // Whether a correction is itself an abbreviation ("NATTO" is NATO): one in capitals, or an entity's name in capitals.
    private bool IsAcronym(string word) =>
        word.All(char.IsAsciiLetterUpper) || _entityNames.Values.Any(n => n.All(char.IsAsciiLetterUpper) && string.Equals(n, word, StringComparison.OrdinalIgnoreCase));

    // The name that the two or three words from token `start` sound like, and the last token it takes; null when they are no
    // such run (see MayBeHeardRun). Heard words never hold a number: SoundAlikeTerms takes letters only.
    private (string Name, int LastToken)? HeardRunAt(List<Token> tokens, int start)
    {
        if (_speller is null)
        {
            return null;
        }

        for (var count = MaxHeardRunWords; count >= 2; count--)
        {
            if (WordRun(tokens, start, count) is not { } words)
            {
                continue;
            }

            var last = LastOfRun(start, count);
            if (!MayBeHeardRun(words))
            {
                continue;
            }

            if (_soundAlikeTerms.Heard(words) is { } name)
            {
                return (name, last);
            }
        }

        return null;
    }

    // Words typed as meant are no heard run: words that make a known word when joined (Join's case), a run holding a word
    // the sources use ("nod to", "find in", "montenegro joinn"), or one of English words only ("put their"). A word said as
    // a letter ("you" for u) counts as neither.
    // A short word the sources use ("a", "in", "of") may be part of a run with a word that is no word at all beside it
    // ("a dree attic", "vooch in itch", "zights of"): speech-to-text writes a name's syllables as whatever short words they sound like.
    private bool MayBeHeardRun(List<string> words) =>
        !_speller!.IsKnown(string.Concat(words))
        && !words.Any(w => _speller.IsRepeatedlyUsed(w) && !SoundAlikeTerms.IsSaidAsLetter(w) && !(w.Length <= MaxHeardSyllableLength && words.Any(IsNoWord)))
        && !words.All(w => _speller.IsEnglishWord(w) && !SoundAlikeTerms.IsSaidAsLetter(w));

    // A heard word that is no word the bot or the language model knows, long enough not to be a chat abbreviation.
    private bool IsNoWord(string word) =>
        word.Length >= MinHeardNameWordLength && !_speller!.IsKnown(word) && !_speller.IsEnglishWord(word) && !SoundAlikeTerms.IsSaidAsLetter(word);

    // A word that sounds like a name of the sources ("andrea" for Andria) is that name only next to another of the sources'
    // names ("andrea Mandic"), both names no English word: "find" next to "CEDEM" is no "Fund", "ever" no "However".
    private string WithHeardNameWords(string text)
    {
        if (_speller is null)
        {
            return text;
        }

        var tokens = Tokenize(text);
        var sb = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (tokens[i].IsWord && word.Length >= MinHeardNameWordLength && !_speller.IsKnown(word.ToLowerInvariant())
                && (IsUncommonSourceName(tokens, i - 2, i - 1) || IsUncommonSourceName(tokens, i + 2, i + 1))
                && HeardNameWord(word, tokens, i) is { } name)
            {
                sb.Append(name);
                continue;
            }

            sb.Append(word);
        }

        return sb.ToString();
    }

    // The name a word beside a source name is heard for: one spelt near it and sounding alike, or, before a surname, a first
    // name that sounds exactly like it however spelt ("eager Zaytsev" is Igor Zaytsev; a first name rarely keeps its letters
    // through speech-to-text). A word after a name ("Zaytsev eager") is taken only by spelling, as a surname is.
    // Either way the name is one of the sources'; one spelt near is also no English word ("find" is no "Fund"), while a first
    // name before a surname may be one ("Igor").
    private string? HeardNameWord(string word, List<Token> tokens, int index)
    {
        if (_soundAlikeTerms.Heard([word]) is { } near)
        {
            return IsSourceName(near) && !_speller!.IsEnglishWord(LanguageFolding.Fold(near)) ? near : null;
        }

        return IsUncommonSourceName(tokens, index + 2, index + 1) && IsSurname(tokens[index + 2].Text)
            && (_soundAlikeTerms.SoundsOnlyLike(word) ?? _soundAlikeTerms.ConsonantsLike(word) ?? FirstNameWrittenBefore(word, tokens[index + 2].Text)) is { } heard
            && IsSourceName(heard) ? heard : null;
    }

    // The first name the sources write right before `surname` that `word` is heard for: its consonant sounds one edit from
    // the word's at most, and its letters at most half apart ("mirage Vlahović" is Miodrag Vlahović). Null when none or several.
    private string? FirstNameWrittenBefore(string word, string surname)
    {
        var lower = word.ToLowerInvariant();
        var consonants = SoundAlikeTerms.ConsonantsOf(lower);
        if (consonants.Length < MinHeardFirstNameConsonants || !lower.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        var near = _speller!.WrittenBefore(LanguageFolding.Fold(surname.ToLowerInvariant()))
            .Where(w => w.All(char.IsAsciiLetterLower)
                && EditDistance.DamerauLevenshtein(SoundAlikeTerms.ConsonantsOf(w), consonants, 1) <= 1
                && EditDistance.DamerauLevenshtein(w, lower, (w.Length + 1) / 2) <= (w.Length + 1) / 2)
            .Select(w => _sourceNamesByKey.GetValueOrDefault(LanguageFolding.NameKey(w)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return near.Count == 1 ? near[0] : null;
    }

    // A first name heard near has this many consonant sounds at least, so that one edit leaves most of them.
    private const int MinHeardFirstNameConsonants = 3;

    private bool IsSourceName(string name) => _sourceNamesByKey.ContainsKey(LanguageFolding.NameKey(name));

    // A capitalised name of the sources that a first name may stand before: a person's surname, never a country's name.
    private bool IsSurname(string word) =>
        _sourceNamesByKey.TryGetValue(LanguageFolding.NameKey(word), out var name)
        && !_entityNames.Values.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    // Whether token `index` is a word, one space (token `between`) from the word heard, that is a name of the sources and no English word.
    private bool IsUncommonSourceName(List<Token> tokens, int index, int between) =>
        index >= 0 && index < tokens.Count && tokens[index].IsWord && tokens[between].Text == " "
        && _sourceNamesByKey.ContainsKey(LanguageFolding.NameKey(tokens[index].Text))
        && !_speller!.IsEnglishWord(tokens[index].Text.ToLowerInvariant());

    // The run of single letters starting at token `start`, when it is one: the known word the letters spell from there
    // (leaving off an "a" or "i" after it: "u k a member"), in the sources' spelling or as an abbreviation, and the last
    // token it takes; with no such word, Word is null. Null when the token starts no run.
    private (string? Word, int LastToken)? SpeltLetters(List<Token> tokens, int start)
    {
        if (_speller is null || !IsSingleLetter(tokens[start]))
        {
            return null;
        }

        var letterTokens = new List<int> { start };
        for (var i = start + 2; i < tokens.Count && tokens[i - 1].Text == " " && IsSingleLetter(tokens[i]); i += 2)
        {
            letterTokens.Add(i);
        }

        if (letterTokens.Count < MinSpeltLetters)
        {
            return null;
        }

        // A word heard for a letter ("you") spells only with a real letter beside it: "you" alone stays "you".
        if (letterTokens.Count(i => tokens[i].Text.Length == 1) == 0)
        {
            return null;
        }

        var letters = string.Concat(letterTokens.Select(i => LetterOf(tokens[i]))).ToLowerInvariant();
        for (var length = letters.Length; length >= MinSpeltLetters; length--)
        {
            var word = letters[..length];
            if (_speller.IsKnown(word))
            {
                var spelt = _sourceNamesByKey.TryGetValue(LanguageFolding.NameKey(word), out var name) && string.Equals(name, word, StringComparison.OrdinalIgnoreCase)
                    ? name
                    : word.ToUpperInvariant();
                return (spelt, letterTokens[length - 1]);
            }

            // Only the words "a" and "i" may follow the spelt word in the run.
            if (letters[length - 1] is not ('a' or 'i'))
            {
                break;
            }
        }

        return (null, start);
    }

    // The abbreviation of the sources (in capitals, three letters or more) that the letters from token `start` spell, one
    // of them at least said by its name (see Cue.SpokenLetter), and the last token it takes. Names of letters are ordinary
    // words ("see", "are", "you"), so only an abbreviation the sources write is taken, never a word.
    private (string Abbreviation, int LastToken)? SaidAbbreviation(List<Token> tokens, int start)
    {
        var letterTokens = new List<int>();
        for (var i = start; i < tokens.Count && (i == start || tokens[i - 1].Text == " ") && LetterSaidBy(tokens[i]) is not null; i += 2)
        {
            letterTokens.Add(i);
        }

        if (letterTokens.Count < MinSaidAbbreviationLetters || letterTokens.All(i => tokens[i].Text.Length == 1))
        {
            return null;
        }

        var letters = string.Concat(letterTokens.Select(i => LetterSaidBy(tokens[i]))).ToUpperInvariant();
        for (var length = letters.Length; length >= MinSaidAbbreviationLetters; length--)
        {
            if (_sourceAbbreviations.Contains(letters[..length]) && letterTokens.Take(length).Any(i => tokens[i].Text.Length > 1))
            {
                return (letters[..length], letterTokens[length - 1]);
            }
        }

        return null;
    }

    // The letter a token stands for: a letter written alone, or a letter's name (see Cue.SpokenLetter); null for any other word.
    private string? LetterSaidBy(Token token) =>
        !token.IsWord ? null
        : token.Text.Length == 1 && char.IsAsciiLetter(token.Text[0]) ? token.Text
        : _letterNames.TryGetValue(token.Text.ToLowerInvariant(), out var letter) ? letter : null;

    // A letter said alone, written as the letter or as the word speech-to-text hears for it ("you n" is UN).
    private static bool IsSingleLetter(Token token) =>
        token.IsWord && ((token.Text.Length == 1 && char.IsAsciiLetter(token.Text[0])) || SoundAlikeTerms.IsSaidAsLetter(token.Text.ToLowerInvariant()));

    // The letter a token of a spelt run stands for.
    private static string LetterOf(Token token) => token.Text.Length == 1 ? token.Text : SoundAlikeTerms.LetterSaid(token.Text.ToLowerInvariant());

    // The names of many words ("Costa Rica", "Bosnia and Herzegovina"), with their words in lower case.
    private static List<(string Name, string[] Words)> ManyWordNames(IEnumerable<string> names) =>
        names.Select(n => (Name: n, Words: n.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))).Where(n => n.Words.Length >= 2).ToList();

    // Speech-to-text writes one word of a name as another that sounds like it ("partnership for piece"): words that are a
    // name in all but one word, that one near the name's word, are the name. Every other word must be the name's own, so
    // an ordinary phrase that only shares a word with a name is left as it is. With `beforeSpelling`, only a word the
    // spelling corrector would take for another than the name's ("peas" for "peak", not "peace") is read as heard: the
    // corrector mends a typo of the name's word itself, and the name is found after it as before.
    private string WithHeardNames(string text, bool beforeSpelling = false)
    {
        if (_manyWordNames.Count == 0)
        {
            return text;
        }

        var tokens = Tokenize(text);
        var sb = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && HeardNameAt(tokens, i, beforeSpelling) is var (name, last))
            {
                sb.Append(name);
                i = last;
                continue;
            }

            sb.Append(tokens[i].Text);
        }

        return sb.ToString();
    }

    // The name whose words the words from token `start` are, exactly one of them heard as another, and the last token it takes.
    private (string Name, int LastToken)? HeardNameAt(List<Token> tokens, int start, bool beforeSpelling)
    {
        foreach (var (name, words) in _manyWordNames)
        {
            if (WordRun(tokens, start, words.Length) is not { } said)
            {
                continue;
            }

            var last = LastOfRun(start, words.Length);
            var heard = words.Select((nameWord, w) => (Said: said[w], NameWord: nameWord))
                .Where(pair => !string.Equals(pair.Said, pair.NameWord, StringComparison.Ordinal))
                .ToList();
            if (heard.Count == 1 && SoundsLike(heard[0].Said, heard[0].NameWord)
                && !(beforeSpelling && _speller?.Correct(heard[0].Said) is { } corrected && string.Equals(corrected, heard[0].NameWord, StringComparison.OrdinalIgnoreCase)))
            {
                return (name, last);
            }
        }

        return null;
    }

    // A word heard for a name's word: as long, near it, and not merely another form of it ("nations" is "nation", and stays).
    private static bool SoundsLike(string word, string nameWord)
    {
        if (word.Length < MinHeardNameWordLength || nameWord.Length < MinHeardNameWordLength
            || word.StartsWith(nameWord, StringComparison.Ordinal) || nameWord.StartsWith(word, StringComparison.Ordinal))
        {
            return false;
        }

        var distance = EditDistance.DamerauLevenshtein(word, nameWord, HeardNameWordSoundAlikeEdits);
        return distance <= HeardNameWordEdits
            || (distance <= HeardNameWordSoundAlikeEdits
                && (string.Equals(LanguageFolding.SoundKey(word), LanguageFolding.SoundKey(nameWord), StringComparison.Ordinal)
                    || string.Equals(SoundAlikeTerms.Key([word]), SoundAlikeTerms.Key([nameWord]), StringComparison.Ordinal)));
    }

    // A word that is a name of the sources in another transliteration takes the sources' spelling.
    private string Respell(string word)
    {
        if (word.Length < 4 || !char.IsLetter(word[0]))
        {
            return word;
        }

        return _sourceNamesByKey.TryGetValue(LanguageFolding.NameKey(word), out var name) && !string.Equals(name, word, StringComparison.OrdinalIgnoreCase)
            ? name
            : word;
    }

    private static List<Token> Tokenize(string text) => TextToken.Split(text, hyphenInWords: true);
}
