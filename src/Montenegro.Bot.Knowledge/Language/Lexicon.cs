using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// The bilingual domain lexicon of <c>data/lexicon.json</c>: Montenegrin words and names mapped to the
/// English words the sources use, plus what Montenegrin answers need (local names, month names).
/// </summary>
public sealed partial class Lexicon
{
    /// <summary>The lexicon file inside the data directory.</summary>
    public const string FileName = "lexicon.json";

    private const int MaxStemEnding = 4;

    private readonly HashSet<string> _markers;
    private readonly HashSet<string> _drop;
    private readonly Dictionary<string, Translation> _forms = new(StringComparer.Ordinal);
    private readonly List<(string[] Stems, Translation Translation)> _stems = [];
    private readonly Dictionary<string, LexiconName> _names;
    private readonly string[] _months;

    private readonly Dictionary<Cue, string[][]> _cues = [];
    private readonly Dictionary<Cue, IReadOnlySet<string>> _cueWords = [];

    private readonly Dictionary<string, string> _paraphrases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _alwaysParaphrased = new(StringComparer.Ordinal);

    private Lexicon(MontenegrinSection section, Dictionary<string, string[]>? cues, EnglishSection? everyday = null)
    {
        foreach (var word in everyday?.Paraphrases ?? [])
        {
            foreach (var form in word.Forms ?? [])
            {
                _paraphrases.TryAdd(FoldPhrase(form), word.En);
                if (word.Always)
                {
                    _alwaysParaphrased.Add(FoldPhrase(form));
                }
            }
        }

        SpellingVariants = (everyday?.SpellingVariants ?? [])
            .Where(pair => pair.Length == 2 && pair.All(e => e.Length > 0 && e.All(char.IsAsciiLetterLower)))
            .Select(pair => (pair[0], pair[1]))
            .ToList();
        SynonymGroups = (everyday?.Synonyms ?? []).Where(group => group.Length > 1).ToList();
        Regions = (everyday?.Regions ?? []).ToDictionary(region => region.Key, region => region.Value, StringComparer.OrdinalIgnoreCase);
        MaxParaphraseLength = Math.Max(1, _paraphrases.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max());
        foreach (var (name, phrases) in cues ?? [])
        {
            if (Enum.TryParse<Cue>(name, ignoreCase: true, out var cue))
            {
                // Split as questions are ("doesn't" is the words "doesn" and "t"), or a cue with an apostrophe never matches.
                _cues[cue] = phrases.Select(p => CueWordPattern().Matches(p.ToLowerInvariant()).Select(m => m.Value).ToArray()).Where(p => p.Length > 0).ToArray();
                _cueWords[cue] = _cues[cue].Where(p => p.Length == 1).Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
            }
        }

        _markers = Folded(section.Markers);
        _drop = Folded(section.Drop);
        _names = section.Names ?? [];
        _months = section.Months is { Length: 12 } months ? months : ["januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar", "novembar", "decembar"];
        foreach (var (entityId, name) in _names)
        {
            var translation = new Translation(null, entityId);
            foreach (var form in (name.Forms ?? []).Append(name.Name))
            {
                _forms.TryAdd(FoldPhrase(form), translation);
            }

            foreach (var stem in (name.Stems ?? []).Concat(name.Phrases ?? []))
            {
                _stems.Add((FoldPhrase(stem).Split(' '), translation));
            }
        }

        foreach (var (month, forms) in section.MonthForms ?? [])
        {
            var english = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(int.Parse(month, CultureInfo.InvariantCulture));
            foreach (var form in forms)
            {
                _forms.TryAdd(FoldPhrase(form), new Translation(english, null));
            }
        }

        foreach (var word in section.Words ?? [])
        {
            foreach (var form in word.Forms ?? [])
            {
                _forms.TryAdd(FoldPhrase(form), new Translation(word.En, null));
            }

            foreach (var stem in word.Stems ?? [])
            {
                _stems.Add((FoldPhrase(stem).Split(' '), new Translation(word.En, null)));
            }
        }

        // The longest stem decides: "srbij" (Serbia) before "srbi" (Serbs).
        _stems.Sort((a, b) => string.Join(' ', b.Stems).Length.CompareTo(string.Join(' ', a.Stems).Length));
        MaxPhraseLength = Math.Max(1, _forms.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max());
    }

    /// <summary>A lexicon that knows no Montenegrin: every question is taken as English.</summary>
    public static Lexicon Empty { get; } = new(new MontenegrinSection([], [], [], [], null, null), null);

    /// <summary>
    /// Word endings that spell one word two ways ("dialog"/"dialogue", "favor"/"favour", "defense"/"defence"), each pair once:
    /// a question's spelling of a word the sources spell the other way is theirs.
    /// </summary>
    internal IReadOnlyList<(string One, string Other)> SpellingVariants { get; }

    /// <summary>
    /// Groups of English words or phrases that name one thing ("troops", "soldiers"; "peacekeepers", "peacekeeping forces"):
    /// a question's word is said by a text that uses another of its group. Unlike a paraphrase, the question keeps its word.
    /// </summary>
    internal IReadOnlyList<string[]> SynonymGroups { get; }

    /// <summary>Regions by name ("Africa") with the names of the states in them: a region asked about is named by any of its states.</summary>
    internal IReadOnlyDictionary<string, string[]> Regions { get; }

    /// <summary>
    /// <paramref name="word"/> spelt with the other ending of each pair of <paramref name="variants"/> it ends with ("defence"
    /// gives "defense"), in the pairs' order; a word no longer than its ending and two letters more is left alone.
    /// </summary>
    internal static IEnumerable<string> OtherSpellings(string word, IReadOnlyList<(string One, string Other)> variants)
    {
        foreach (var (one, other) in variants)
        {
            foreach (var (from, to) in new[] { (one, other), (other, one) })
            {
                if (word.Length > from.Length + 2 && word.EndsWith(from, StringComparison.Ordinal))
                {
                    yield return word[..^from.Length] + to;
                }
            }
        }
    }

    /// <summary>
    /// The names the English paraphrases stand for ("Partnership for Peace" for "pfp", "Membership Action Plan" for "map"): the
    /// sources' names of programmes and offices that are no entity, for a name heard as other words to be recognised by.
    /// </summary>
    internal IEnumerable<string> ParaphraseNames => _paraphrases.Values
        .Where(v => v.Contains(' ', StringComparison.Ordinal) && v.Split(' ').Count(w => w.Length > 0 && char.IsUpper(w[0])) >= 2)
        .Distinct(StringComparer.Ordinal);

    /// <summary>The most words an English paraphrase has.</summary>
    internal int MaxParaphraseLength { get; }

    /// <summary>The English paraphrase forms, folded ("kicked out").</summary>
    internal IEnumerable<string> ParaphraseForms => _paraphrases.Keys;

    /// <summary>Whether the lexicon has English paraphrases at all.</summary>
    internal bool HasParaphrases => _paraphrases.Count > 0;

    /// <summary>The sources' word for an everyday English word or phrase (folded, words joined by one space), if the lexicon has one.</summary>
    internal string? Paraphrase(string foldedPhrase) => _paraphrases.GetValueOrDefault(foldedPhrase);

    /// <summary>
    /// The paraphrase forms that <paramref name="texts"/> themselves use, folded: a word the sources write ("endorsed")
    /// means what they mean by it, so a question's use of it is left alone.
    /// </summary>
    internal IReadOnlySet<string> ParaphrasesUsedIn(IEnumerable<string> texts)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        if (_paraphrases.Count == 0)
        {
            return used;
        }

        // Only where a form can begin: this reads every passage at each load, so most words must cost one lookup.
        var firstWords = _paraphrases.Keys.Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var words = WordPattern().Matches(text).Select(m => LanguageFolding.Fold(m.Value)).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                if (!firstWords.Contains(words[i]))
                {
                    continue;
                }

                for (var length = 1; length <= MaxParaphraseLength && i + length <= words.Count; length++)
                {
                    var phrase = length == 1 ? words[i] : string.Join(' ', words.Skip(i).Take(length));
                    if (_paraphrases.ContainsKey(phrase) && !_alwaysParaphrased.Contains(phrase))
                    {
                        used.Add(phrase);
                    }
                }
            }
        }

        return used;
    }

    // The words of a question, as Question reads them.
    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}%]+")]
    private static partial System.Text.RegularExpressions.Regex CueWordPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}\p{Mn}-]+")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();

    /// <summary>The most words a lexicon phrase has.</summary>
    internal int MaxPhraseLength { get; }

    /// <summary>Reads <paramref name="path"/>; a missing file gives <see cref="Empty"/>.</summary>
    public static Lexicon Load(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize(stream, LexiconJsonContext.Default.LexiconFile);
            return file is null ? Empty : new Lexicon(file.Montenegrin ?? new MontenegrinSection([], [], [], [], null, null), file.Cues, file.English);
        }
        catch (JsonException e)
        {
            throw new KnowledgeLoadException(path, (int)(e.LineNumber ?? -1) + 1, $"invalid JSON ({e.Message})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KnowledgeLoadException(path, 0, $"the file cannot be read ({e.Message})", e);
        }
    }

    /// <summary>The word sequences that stand for <paramref name="cue"/>, lower case.</summary>
    public IReadOnlyList<string[]> Phrases(Cue cue) => _cues.TryGetValue(cue, out var p) ? p : [];

    /// <summary>
    /// The phrases of <paramref name="cue"/> as one regular-expression alternation, longest first, each word escaped and the
    /// words of a phrase joined by any run of white space ("right\s+now|today"); empty when the cue has no phrase. Built once
    /// per cue: the follow-up rewrites match it against every question of a conversation.
    /// </summary>
    public string Alternation(Cue cue) => _alternations.GetOrAdd(cue, c => string.Join('|', Phrases(c)
        .OrderByDescending(p => p.Sum(w => w.Length + 1))
        .Select(p => string.Join(@"\s+", p.Select(Regex.Escape)))));

    private readonly ConcurrentDictionary<Cue, string> _alternations = new();

    /// <summary>
    /// The one-word phrases of <paramref name="cue"/>, lower case ("dont", "never" of the negations), read once when the
    /// lexicon is loaded; its phrases of several words are left to <see cref="Phrases"/>.
    /// </summary>
    public IReadOnlySet<string> Words(Cue cue) => _cueWords.TryGetValue(cue, out var words) ? words : NoWords;

    private static readonly IReadOnlySet<string> NoWords = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// The words that stand before a noun and make the next word describe it: the one-word reference cues ("the", "these")
    /// and the indefinite articles ("a fully fledged member", "the following 11 states").
    /// </summary>
    internal IReadOnlySet<string> Articles => _articles ??= Words(Cue.Reference).Append("a").Append("an").ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _articles;

    /// <summary>Whether the folded word only Montenegrin uses ("kada", "je", "li").</summary>
    internal bool IsMarker(string folded) => _markers.Contains(folded);

    /// <summary>Whether the folded word carries nothing an English question needs ("li", "se").</summary>
    internal bool IsDropped(string folded) => _drop.Contains(folded);

    /// <summary>The translation of a folded phrase of whole words, if the lexicon has it.</summary>
    internal Translation? Form(string foldedPhrase) => _forms.TryGetValue(foldedPhrase, out var t) ? t : null;

    /// <summary>The translation of the folded words starting at <paramref name="start"/> by stem, and how many words it took.</summary>
    internal (Translation Translation, int Length)? Stem(IReadOnlyList<string> folded, int start)
    {
        foreach (var (stems, translation) in _stems)
        {
            if (start + stems.Length > folded.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < stems.Length && ok; k++)
            {
                var word = folded[start + k];
                ok = word.StartsWith(stems[k], StringComparison.Ordinal) && word.Length - stems[k].Length <= MaxStemEnding;
            }

            if (ok)
            {
                return (translation, stems.Length);
            }
        }

        return null;
    }

    /// <summary>The entity a Montenegrin name stands for ("Rusija", "SAD", "Velika Britanija"), if any.</summary>
    public string? EntityFor(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(LanguageFolding.Fold).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        if (Form(string.Join(' ', words)) is { EntityId: { } id })
        {
            return id;
        }

        return Stem(words, 0) is { Translation.EntityId: { } stemmed, Length: var length } && length == words.Count ? stemmed : null;
    }

    /// <summary>The Montenegrin names of all entities that have one, by entity id.</summary>
    public IEnumerable<(string EntityId, string Name)> LocalNames => _names.Select(n => (n.Key, n.Value.Name));

    /// <summary>The Montenegrin name of an entity, if the lexicon has one.</summary>
    public string? LocalName(string entityId) => _names.TryGetValue(entityId, out var n) ? n.Name : null;

    /// <summary>The Montenegrin accusative of an entity's name ("Crnu Goru"), or its name.</summary>
    public string? LocalAccusative(string entityId) => _names.TryGetValue(entityId, out var n) ? n.Accusative ?? n.Name : null;

    /// <summary>The Montenegrin name of month <paramref name="month"/> (1-12).</summary>
    public string MonthName(int month) => _months[month - 1];

    private static HashSet<string> Folded(string[]? words) => (words ?? []).Select(FoldPhrase).ToHashSet(StringComparer.Ordinal);

    private static string FoldPhrase(string phrase) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(LanguageFolding.Fold));

    /// <summary>What a Montenegrin word or phrase stands for: an English word, or an entity.</summary>
    internal sealed record Translation(string? English, string? EntityId);
}
