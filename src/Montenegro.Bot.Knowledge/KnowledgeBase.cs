using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Search;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge;

/// <summary>Everything loaded from <c>data/</c>: sources, passages, facts, entities and the search index. Immutable once built.</summary>
public sealed partial class KnowledgeBase : IDisposable
{
    internal KnowledgeBase(
        IReadOnlyList<SourceDocument> sources,
        IReadOnlyList<Passage> passages,
        IReadOnlyList<Fact> facts,
        IReadOnlyList<Entity> entities,
        KnowledgeAnalyzer analyzer,
        Lexicon? lexicon = null,
        Extraction.PredicateLexicon? predicates = null,
        IRetrievalIndexWriter? indexWriter = null)
    {
        Predicates = predicates ?? Extraction.PredicateLexicon.Empty;
        Sources = sources;
        SourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Passages = passages;
        PassagesById = passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _passageIndex = passages.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        Facts = facts;
        FactsById = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        Entities = entities;
        EntitiesById = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Analyzer = analyzer;
        Index = new KnowledgeIndex(analyzer, passages.Where(p => p.IsAnswerable), facts, SourcesById, indexWriter);
        Recognizer = new EntityRecognizer(entities, Index.Vocabulary.Concat((lexicon ?? Lexicon.Empty).Words(Cue.OrdinaryWord)));
        Normalizer = new QuestionNormalizer(
            lexicon ?? Lexicon.Empty,
            entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal),
            passages.SelectMany(p => ProperWords(p.Text)).Distinct(StringComparer.Ordinal),
            new SpellingCorrector(
                passages.SelectMany(p => WordsOf(p.Text))
                    .Concat(entities.SelectMany(e => e.AllNames).SelectMany(WordsOf))
                    .Concat(DomainSynonyms.Phrases.SelectMany(g => g.Value.Append(g.Key)).SelectMany(WordsOf))
                    // Each cue word once: how often the lexicon lists a word ("went" in "went up", "went down") is no sign of how
                    // often people type it, and would bend corrections of "wen" away from "when".
                    .Concat(CueWords(lexicon).Distinct(StringComparer.Ordinal)),
                CueWords(lexicon),
                (lexicon ?? Lexicon.Empty).SpellingVariants,
                (lexicon ?? Lexicon.Empty).Words(Cue.Interrogative),
                passages.Select(p => (IReadOnlyList<string>)WordsOf(p.Text).ToList()),
                entities.SelectMany(e => e.AllNames).Concat(Predicates.Predicates.SelectMany(p => p.Phrases.Append(p.Noun)))
                    .Select(n => (IReadOnlyList<string>)WordsOf(n).ToList())),
            (lexicon ?? Lexicon.Empty).ParaphrasesUsedIn(passages.Select(p => p.Text)),
            passages.SelectMany(p => YearsOf(p.Text)).Distinct(),
            new HeardPhrases(passages.Select(p => p.Text), lexicon ?? Lexicon.Empty));
        Names = new EntityNames(entities, Recognizer, Normalizer.Lexicon);
        OrdinaryWords = passages.SelectMany(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim(',', '.', ';', ':', '(', ')', '"', '\''))
            .Where(w => w.Length > 0 && char.IsLower(w[0]))
            .ToHashSet(StringComparer.Ordinal);
        _passageEntities = passages.ToDictionary(
            p => p.Id,
            p => (IReadOnlySet<string>)Recognizer.Recognize(p.Text + " " + string.Join(" ", p.HeadingPath)).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);

        // A fact is about the entities it lists and the ones its statement names.
        _factEntities = facts.ToDictionary(
            f => f.Id,
            f => (IReadOnlySet<string>)f.EntityIds.Concat(Recognizer.Recognize($"{f.Label}. {f.Statement}").Select(m => m.Entity.Id)).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    private readonly Dictionary<string, IReadOnlySet<string>> _factEntities;

    private List<(string Predicate, string[] Terms)>? _predicatePhrases;

    /// <summary>
    /// The predicates of <see cref="Predicates"/> that <paramref name="terms"/> name: every analyzed word of one of their phrases
    /// is among them ("joined", "accession": join; "declared" and "independence": declare, but not "independence" alone).
    /// </summary>
    internal IReadOnlySet<string> PredicatesNamedBy(IReadOnlySet<string> terms)
    {
        _predicatePhrases ??= Predicates.Predicates
            .SelectMany(p => p.Phrases.Select(phrase => (p.Id, Analyzer.Terms(phrase).ToArray())))
            .Where(x => x.Item2.Length > 0)
            .ToList();
        return _predicatePhrases.Where(x => x.Terms.All(terms.Contains)).Select(x => x.Predicate).ToHashSet(StringComparer.Ordinal);
    }

    private List<(string Predicate, string[] Stems)>? _predicateVerbs;

    private HashSet<string>? _predicateNounWords;

    private HashSet<string>? _reportingTerms;

    private Dictionary<string, (HashSet<string> Terms, HashSet<string> KindTerms)>? _kindTerms;

    /// <summary>
    /// The analyzed one-word verbs of the predicates that report speech ("said", "warned", "rebuked"): one such word in a
    /// question is answered by a text that reports speech in another. Not their nouns: "a political statement" reports no one.
    /// </summary>
    internal IReadOnlySet<string> ReportingTerms => _reportingTerms ??= Predicates.Predicates
        .Where(p => p.IsReporting)
        .SelectMany(p => p.VerbPhrases)
        .Where(phrase => !phrase.Contains(' ', StringComparison.Ordinal))
        .SelectMany(phrase => Analyzer.Terms(phrase))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// For each predicate that others are a kind of (joining is a kind of admission), by its id: the analyzed one-word
    /// phrases that state it and those that state its kinds. A question's verb for it is covered by a text that states one
    /// of its kinds in its own words.
    /// </summary>
    internal IReadOnlyDictionary<string, (HashSet<string> Terms, HashSet<string> KindTerms)> KindTerms => _kindTerms ??= BuildKindTerms();

    private Dictionary<string, (HashSet<string> Terms, HashSet<string> KindTerms)> BuildKindTerms()
    {
        IEnumerable<string> OneWordTerms(Extraction.Predicate p) =>
            p.Phrases.Where(phrase => !phrase.Contains(' ', StringComparison.Ordinal)).SelectMany(phrase => Analyzer.Terms(phrase));

        var kinds = new Dictionary<string, (HashSet<string> Terms, HashSet<string> KindTerms)>(StringComparer.Ordinal);
        foreach (var kind in Predicates.Predicates)
        {
            foreach (var general in kind.KindOf.Select(Predicates.Find).OfType<Extraction.Predicate>())
            {
                if (!kinds.TryGetValue(general.Id, out var entry))
                {
                    kinds[general.Id] = entry = (OneWordTerms(general).ToHashSet(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
                }

                entry.KindTerms.UnionWith(OneWordTerms(kind));
            }
        }

        return kinds;
    }

    /// <summary>
    /// The one-word nouns that state a predicate ("protests", "vote", "riot"): such a word may be a verb of the same form
    /// ("did they vote"), which its place in the question decides.
    /// </summary>
    internal IReadOnlySet<string> PredicateNounWords => _predicateNounWords ??= Predicates.Predicates
        .SelectMany(p => p.Phrases.Except(p.VerbPhrases, StringComparer.OrdinalIgnoreCase))
        .Where(phrase => !phrase.Contains(' ', StringComparison.Ordinal))
        .Select(phrase => phrase.ToLowerInvariant())
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The predicates the question's <paramref name="words"/> name by a verb of theirs, as written ("sign" in "sign a trade
    /// agreement", not "trade"; "accession talks" names no verb though the analyzer reads "accession" as "join"): what a
    /// question asks happened, as against the nouns that only say of what.
    /// </summary>
    internal IReadOnlySet<string> PredicatesNamedByVerbs(IReadOnlySet<string> words)
    {
        _predicateVerbs ??= Predicates.Predicates
            .SelectMany(p => p.VerbPhrases.Select(phrase => (p.Id, phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(VerbStem).ToArray())))
            .Where(x => x.Item2.Length > 0)
            .ToList();
        var stems = words.Select(VerbStem).ToHashSet(StringComparer.Ordinal);
        return _predicateVerbs.Where(x => x.Stems.All(stems.Contains)).Select(x => x.Predicate).ToHashSet(StringComparer.Ordinal);
    }

    // "signed", "signs", "signing", "sign" alike; "recognised" and "recognise" alike. Enough for a verb's own forms.
    private static string VerbStem(string word)
    {
        foreach (var ending in (string[])["ing", "ed", "es", "s", "e", "d"])
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        // "apply" and "applied" alike.
        return word.Length > 3 && word.EndsWith('y') ? word[..^1] + "i" : word;
    }

    private HashSet<string>? _framingTerms;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<IReadOnlyList<string>>> _nameTerms = new(StringComparer.Ordinal);

    /// <summary>The analyzed terms of each of an entity's names, analyzed once per knowledge base.</summary>
    internal IReadOnlyList<IReadOnlyList<string>> NameTermsOf(Entities.Entity entity) =>
        _nameTerms.GetOrAdd(entity.Id, _ => entity.AllNames.Select(n => (IReadOnlyList<string>)Analyzer.Terms(n)).Where(t => t.Count > 0).ToList());

    private IReadOnlySet<(string Modifier, string Head)>? _nameModifierPairs;

    /// <summary>The words in a row of the capitalised names the passages use, the first qualifying the second (see <see cref="Answering.NameModifiers"/>).</summary>
    internal IReadOnlySet<(string Modifier, string Head)> NameModifierPairs => _nameModifierPairs ??= Answering.NameModifiers.Read(Passages.Select(p => p.Text));

    private Extraction.FactExtractor? _extractor;

    /// <summary>The predicates <paramref name="text"/> states as events, as the fact extractor reads them ("would join" states none).</summary>
    internal IReadOnlyList<string> PredicatesStatedIn(string text) =>
        (_extractor ??= new Extraction.FactExtractor(Predicates, Entities, Index.Vocabulary)).PredicatesIn(text);

    /// <summary>
    /// The analyzed forms of the lexicon's framing words and greetings: terms of a question that are not what it is
    /// about ("yo, when did ..." asks about what follows the greeting), and the chat register's filler ("that Degtyarev guy").
    /// </summary>
    internal IReadOnlySet<string> FramingTerms => _framingTerms ??= Lexicon.Phrases(Cue.Framing).Concat(Lexicon.Phrases(Cue.Greeting)).Concat(Lexicon.Phrases(Cue.ChatFiller))
        .Where(p => p.Length == 1)
        .SelectMany(p => new[] { p[0] }.Concat(Analyzer.Terms(p[0])))
        .ToHashSet(StringComparer.Ordinal);

    private readonly Dictionary<string, IReadOnlySet<string>> _passageEntities;

    /// <summary>The predicate lexicon (<c>data/predicates.json</c>) facts were derived and matched with.</summary>
    public Extraction.PredicateLexicon Predicates { get; }

    /// <summary>The source documents.</summary>
    public IReadOnlyList<SourceDocument> Sources { get; }

    /// <summary>Source documents by id.</summary>
    public IReadOnlyDictionary<string, SourceDocument> SourcesById { get; }

    /// <summary>Every passage of every source, in reading order.</summary>
    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>Whether some source passage writes <paramref name="text"/> as it stands, compared as <paramref name="comparison"/> says.</summary>
    internal bool Writes(string text, StringComparison comparison = StringComparison.OrdinalIgnoreCase) =>
        Passages.Any(p => p.Text.Contains(text, comparison));

    /// <summary>Passages by id.</summary>
    public IReadOnlyDictionary<string, Passage> PassagesById { get; }

    private readonly Dictionary<string, int> _passageIndex;

    /// <summary>Where the passage <paramref name="passageId"/> stands in <see cref="Passages"/>, in reading order; -1 if unknown.</summary>
    internal int PassageIndex(string passageId) => _passageIndex.GetValueOrDefault(passageId, -1);

    /// <summary>Every fact: curated ones and those read from the sources' tables.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>Facts by id.</summary>
    public IReadOnlyDictionary<string, Fact> FactsById { get; }

    /// <summary>The ids of the entities a passage or its headings name.</summary>
    public IReadOnlySet<string> EntitiesIn(string passageId) => _passageEntities.TryGetValue(passageId, out var ids) ? ids : new HashSet<string>();

    /// <summary>The ids of the entities a fact is about or names.</summary>
    public IReadOnlySet<string> EntitiesOfFact(string factId) => _factEntities.TryGetValue(factId, out var ids) ? ids : new HashSet<string>();

    /// <summary>Known entities.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Entities by id.</summary>
    public IReadOnlyDictionary<string, Entity> EntitiesById { get; }

    /// <summary>The analyzer shared by the index and the answer engine.</summary>
    public KnowledgeAnalyzer Analyzer { get; }

    /// <summary>The Lucene index over passages and facts.</summary>
    public KnowledgeIndex Index { get; }

    /// <summary>Finds entities in questions.</summary>
    public EntityRecognizer Recognizer { get; }

    /// <summary>Entities by name, alias or Montenegrin name: one table for free text, options and autocomplete.</summary>
    public EntityNames Names { get; }

    /// <summary>Turns Montenegrin and other spellings into the English of the sources.</summary>
    public QuestionNormalizer Normalizer { get; }

    /// <summary>Words the sources write in lower case somewhere: ordinary words, not names.</summary>
    public IReadOnlySet<string> OrdinaryWords { get; }

    /// <summary>The fitted thresholds for answers found by meaning alone.</summary>
    public Answering.AbstentionThresholds Abstention { get; init; } = Answering.AbstentionThresholds.Default;

    /// <summary>The details an answer must state when a question asks them, from <c>data/unstated.json</c>.</summary>
    public Answering.UnstatedDetails Unstated { get; init; } = Answering.UnstatedDetails.Empty;

    /// <summary>
    /// The country a lower-case word names as its adjective ("russian": Russia, "montenegrin": Montenegro): a one-word
    /// alias with one of the lexicon's <see cref="Cue.DemonymEnding"/>s. Capitals and short forms ("Moscow", "UK") are not.
    /// </summary>
    internal string? CountryOfAdjective(string word) =>
        (_adjectives ??= Entities.Where(e => e.Type == EntityType.Country)
            .SelectMany(e => e.Aliases.Where(a => a.Length >= 5 && a.All(char.IsLetter)
                && Lexicon.Phrases(Cue.DemonymEnding).Any(p => a.EndsWith(p[0], StringComparison.OrdinalIgnoreCase))).Select(a => (Alias: a.ToLowerInvariant(), e.Id)))
            .DistinctBy(a => a.Alias)
            .ToDictionary(a => a.Alias, a => a.Id, StringComparer.Ordinal)).GetValueOrDefault(word);

    // Built on first use; two threads racing build the same map.
    private Dictionary<string, string>? _adjectives;

    /// <summary>
    /// For a passage that names no year, the last year the passage before it in the same section names: narrative prose
    /// goes on in time ("Soon after the congressional visit" follows "On August 28, 2006"). Null when the passage names a
    /// year itself, or is its section's first.
    /// </summary>
    internal int? ContextYearOf(string passageId) => (_contextYears ??= ContextYears(Passages)).GetValueOrDefault(passageId);

    private static Dictionary<string, int?> ContextYears(IReadOnlyList<Passage> passages)
    {
        var years = new Dictionary<string, int?>(StringComparer.Ordinal);
        Passage? previous = null;
        foreach (var passage in passages)
        {
            if (previous is not null && previous.SourceId == passage.SourceId && previous.HeadingPath.SequenceEqual(passage.HeadingPath)
                && !Year().IsMatch(passage.Text) && Year().Matches(previous.Text).LastOrDefault() is { } last)
            {
                years[passage.Id] = int.Parse(last.Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            previous = passage;
        }

        return years;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:19|20)[0-9]{2}\b")]
    private static partial System.Text.RegularExpressions.Regex Year();

    // Built on first use; two threads racing build the same map.
    private Dictionary<string, int?>? _contextYears;

    /// <summary>The bilingual lexicon.</summary>
    public Lexicon Lexicon => Normalizer.Lexicon;

    // The words of the lexicon's cues, which a typo may stand for; not its affixes ("re", "ment", "ese", "ary"), which are no
    // words ("army" is no typo of "ary").
    // The names of letters ("tee", "es") are what speech-to-text writes, not words a typo stands for.
    // Not the chat register's words: a word that says nothing asked ("real", "guy") is no word to bend a typo towards ("deal").
    // Nor the words that only frame a cause or a place in a row ("drove", "past", "what position"), read by one strategy each,
    // nor those only the unstated-claim checks read ("first", "good", "smart move", "embassy"), whose words stay the question's
    // own ("start" is no typo of "smart").
    private static IEnumerable<string> CueWords(Lexicon? lexicon) =>
        Enum.GetValues<Cue>().Where(c => c is not (Cue.MeaningPrefix or Cue.DerivationalSuffix or Cue.EventNounSuffix or Cue.DemonymEnding or Cue.AdjectiveSuffix or Cue.SpokenLetter or Cue.HeardOpening
                or Cue.Homophone or Cue.ChatFiller or Cue.TagQuestion or Cue.ShortYearLead or Cue.CauseLeads or Cue.PastFraming or Cue.Significance or Cue.RankAsked
                or Cue.DateMeaning or Cue.PersonConnection or Cue.SinglingOut or Cue.Judging or Cue.Evaluation or Cue.StateOrgan or Cue.ForecastPhrase or Cue.PastTense or Cue.KindAsked or Cue.TimeHead or Cue.OrdinaryWord or Cue.PlannedStep))
            .SelectMany(c => (lexicon ?? Lexicon.Empty).Phrases(c)).SelectMany(p => p);

    // The years a text names, in four digits.
    private static IEnumerable<int> YearsOf(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\b(?:1[89]|20)[0-9]{2}\b").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture));

    private static IEnumerable<string> WordsOf(string text) =>
        text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).Select(w => Montenegro.Bot.Knowledge.Sources.TextFolding.FoldToAscii(w).ToLowerInvariant());

    private static readonly char[] WordSeparators = [' ', ',', '.', '(', ')', '"', ';', ':', '\n', '\'', '\u2019', '\u2018', '-', '\u2013', '|', '/', '!', '?'];

    // Capitalised words of a text: the names a question may spell another way, and the abbreviations ("GRU") it may say
    // letter by letter.
    private static IEnumerable<string> ProperWords(string text) =>
        text.Split([' ', ',', '.', '(', ')', '"', ';', ':', '\n', '\'', '\u2019', '\u2018'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => (w.Length >= 4 || (w.Length == 3 && w.All(char.IsAsciiLetterUpper))) && char.IsUpper(w[0]) && w.All(char.IsLetter));

    /// <inheritdoc />
    public void Dispose()
    {
        Index.Dispose();
        Analyzer.Dispose();
    }
}
