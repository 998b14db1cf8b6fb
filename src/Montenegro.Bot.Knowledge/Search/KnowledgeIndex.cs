using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// The answerable passages and the facts: searched with BM25 through an <see cref="IRetriever"/> (a Lucene
/// index in memory unless another writer is given), with the analyzed terms, names and frequencies the
/// answer engine weighs candidates by.
/// </summary>
public sealed partial class KnowledgeIndex : IRetriever
{
    private readonly IRetriever _retriever;
    private readonly Dictionary<string, HashSet<string>> _termsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _contextById = new(StringComparer.Ordinal);
    private readonly HashSet<string> _properTerms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _factTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _passageFrequency = new(StringComparer.Ordinal);
    private readonly int _passageCount;

    /// <summary>
    /// Builds the index over <paramref name="passages"/> and <paramref name="facts"/>, in memory or with
    /// <paramref name="indexWriter"/> (e.g. a <see cref="LuceneIndexCache"/>). A fact is indexed with its title, its statement
    /// and the words of the predicates it states (<see cref="Fact.PredicateWords"/>), so that "joined" finds the accession
    /// however its statement words it.
    /// </summary>
    public KnowledgeIndex(KnowledgeAnalyzer analyzer, IEnumerable<Passage> passages, IEnumerable<Fact> facts, IReadOnlyDictionary<string, SourceDocument> sources, IRetrievalIndexWriter? indexWriter = null)
    {
        var passageList = passages.ToList();
        var documents = new List<IndexedDocument>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var passage in passageList)
        {
            var heading = string.Join(" ", passage.HeadingPath);
            documents.Add(new IndexedDocument(passage.Id, IndexedDocumentKind.Passage, passage.Text, heading));
            var terms = analyzer.Terms(passage.Text).ToHashSet(StringComparer.Ordinal);
            _termsById[passage.Id] = terms;
            foreach (var term in terms)
            {
                _passageFrequency[term] = _passageFrequency.GetValueOrDefault(term) + 1;
            }

            _contextById[passage.Id] = analyzer.Terms($"{sources[passage.SourceId].Title} {heading}").ToHashSet(StringComparer.Ordinal);
            foreach (Match word in Word().Matches(TextFolding.FoldToAscii(passage.Text)))
            {
                vocabulary.Add(word.Value.ToLowerInvariant());

                // Names: capitalised words that do not start a sentence.
                var before = passage.Text.AsSpan(0, Math.Min(word.Index, passage.Text.Length)).TrimEnd();
                if (char.IsUpper(word.Value[0]) && before.Length > 0 && before[^1] is not ('.' or '!' or '?' or ':'))
                {
                    names.Add(word.Value);
                }
            }

            _passageCount++;
        }

        foreach (var fact in facts)
        {
            var text = $"{fact.Label}. {fact.Statement} {string.Join(' ', fact.PredicateWords)} {string.Join(' ', Acronyms(fact.Statement))}".TrimEnd();
            documents.Add(new IndexedDocument(fact.Id, IndexedDocumentKind.Fact, text, fact.Label));
            _termsById[fact.Id] = analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);
            _factTerms.UnionWith(_termsById[fact.Id]);
            if (_contextById.TryGetValue(fact.PassageId, out var context))
            {
                _contextById[fact.Id] = context;
            }
        }

        foreach (var name in names)
        {
            _properTerms.UnionWith(analyzer.Terms(name));
        }

        Vocabulary = vocabulary;
        _retriever = (indexWriter ?? new InMemoryIndexWriter(analyzer)).Write(documents);
    }

    /// <summary>Every word (lower-case, accents folded) that occurs in an answerable passage.</summary>
    public IReadOnlySet<string> Vocabulary { get; }

    /// <inheritdoc />
    public int DocumentCount => _retriever.DocumentCount;

    /// <summary>Passages that best match <paramref name="terms"/>, best first.</summary>
    public IReadOnlyList<SearchHit> SearchPassages(IReadOnlyCollection<string> terms, int count) => _retriever.SearchPassages(terms, count);

    /// <summary>Facts that best match <paramref name="terms"/>, best first.</summary>
    public IReadOnlyList<SearchHit> SearchFacts(IReadOnlyCollection<string> terms, int count) => _retriever.SearchFacts(terms, count);

    /// <summary>The analyzed terms of a passage or fact.</summary>
    public IReadOnlySet<string> TermsOf(string id) => _termsById.TryGetValue(id, out var terms) ? terms : [];

    /// <summary>The terms of the source title and headings a passage or fact sits under.</summary>
    public IReadOnlySet<string> ContextOf(string id) => _contextById.TryGetValue(id, out var terms) ? terms : [];

    /// <summary>Whether an analyzed <paramref name="term"/> occurs in any passage or fact (unlike <see cref="Vocabulary"/>, which holds words as written).</summary>
    public bool Knows(string term) => _passageFrequency.ContainsKey(term) || _factTerms.Contains(term);

    /// <summary>
    /// The sources' own inflection of a term they never use as it is ("visiting": "visit", "allies": "allied", "travelling":
    /// "travelled"; see <see cref="Inflection"/>), the commonest if several; otherwise the term itself.
    /// </summary>
    public string SourceForm(string term)
    {
        if (PassageFrequency(term) > 0)
        {
            return term;
        }

        _sourceForms ??= _passageFrequency.Keys.Concat(_factTerms).Distinct(StringComparer.Ordinal)
            .Where(t => t.Length > 2 && !t.Any(char.IsAsciiDigit))
            .GroupBy(Inflection.BaseOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(PassageFrequency)!, StringComparer.Ordinal);

        // A term only the facts' own wording holds ("accuse", from "accusing") gives way to the passages' inflection of it
        // ("accused"), which is what a passage must say.
        return term.Length > 2 && _sourceForms.TryGetValue(Inflection.BaseOf(term), out var form) && (PassageFrequency(form) > 0 || !Knows(term))
            ? form
            : term;
    }

    // Built on first use; two threads racing build the same map, and either may keep it.
    private Dictionary<string, string>? _sourceForms;

    /// <summary>Whether <paramref name="term"/> comes from a name (a capitalised word inside a sentence) in the sources.</summary>
    public bool IsProperTerm(string term) => _properTerms.Contains(term);

    /// <summary>How many passages contain <paramref name="term"/>.</summary>
    public int PassageFrequency(string term) => _passageFrequency.GetValueOrDefault(term);

    /// <summary>
    /// Inverse passage frequency of <paramref name="term"/> (BM25's form). A term no passage contains
    /// weighs as much as the rarest: a question about something the sources never mention ("currency",
    /// "weather") must not be answered by what it shares with them. (Measured: weighing such terms like
    /// common words answered five more out-of-scope questions than it recovered in-scope ones.)
    /// </summary>
    public double Idf(string term)
    {
        var df = Math.Max(PassageFrequency(term), 1);
        return Math.Log(1 + ((_passageCount - df + 0.5) / (df + 0.5)));
    }

    /// <inheritdoc />
    public void Dispose() => _retriever.Dispose();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    /// <summary>
    /// The initials of the names a text writes out ("American Radio Relay League": ARRL), so that a question using the
    /// abbreviation finds the fact that spells the name.
    /// </summary>
    internal static IEnumerable<string> Acronyms(string text) =>
        CapitalisedRun().Matches(text)
            .Select(m => string.Concat(m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0])))
            .Where(a => a.Length >= 3)
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){2,}")]
    private static partial Regex CapitalisedRun();
}
