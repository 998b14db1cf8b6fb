using System.Text.RegularExpressions;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// An in-memory Lucene index over the answerable passages and the facts, searched with BM25.
/// Queries are always built in code from analyzed terms: user text is never parsed as query syntax.
/// </summary>
public sealed partial class KnowledgeIndex : IDisposable
{
    private const string IdField = "id";
    private const string TypeField = "type";
    private const string TextField = "text";
    private const string HeadingField = "heading";
    private const string PassageType = "passage";
    private const string FactType = "fact";

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Filter _passageFilter = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(TypeField, PassageType))));
    private readonly Filter _factFilter = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(TypeField, FactType))));
    private readonly Dictionary<string, HashSet<string>> _termsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _contextById = new(StringComparer.Ordinal);
    private readonly HashSet<string> _properTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _passageFrequency = new(StringComparer.Ordinal);
    private readonly int _passageCount;
    private readonly string[] _ids;

    /// <summary>Builds the index over <paramref name="passages"/> and <paramref name="facts"/>.</summary>
    public KnowledgeIndex(KnowledgeAnalyzer analyzer, IEnumerable<Passage> passages, IEnumerable<Fact> facts, IReadOnlyDictionary<string, SourceDocument> sources)
    {
        var passageList = passages.ToList();
        var config = new IndexWriterConfig(KnowledgeAnalyzer.Version, analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,

            // A few hundred small documents in memory: one segment, written on this thread, no merging.
            MergeScheduler = new SerialMergeScheduler(),
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
            UseCompoundFile = false,
        };
        var names = new HashSet<string>(StringComparer.Ordinal);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var passage in passageList)
            {
                var heading = string.Join(" ", passage.HeadingPath);
                writer.AddDocument(
                [
                    new StringField(IdField, passage.Id, Field.Store.YES),
                    new StringField(TypeField, PassageType, Field.Store.NO),
                    new TextField(TextField, passage.Text, Field.Store.NO),
                    new TextField(HeadingField, heading, Field.Store.NO),
                ]);
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
                var text = $"{fact.Label}. {fact.Statement} {fact.Keywords}";
                writer.AddDocument(
                [
                    new StringField(IdField, fact.Id, Field.Store.YES),
                    new StringField(TypeField, FactType, Field.Store.NO),
                    new TextField(TextField, text, Field.Store.NO),
                    new TextField(HeadingField, fact.Label, Field.Store.NO),
                ]);
                _termsById[fact.Id] = analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);
                if (_contextById.TryGetValue(fact.PassageId, out var context))
                {
                    _contextById[fact.Id] = context;
                }
            }

            writer.Commit();
        }

        foreach (var name in names)
        {
            _properTerms.UnionWith(analyzer.Terms(name));
        }

        Vocabulary = vocabulary;
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };

        // The index never changes once built: map document numbers to ids once, not per hit.
        _ids = new string[_reader.MaxDoc];
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            _ids[doc] = _reader.Document(doc).Get(IdField);
        }
    }

    /// <summary>Every word (lower-case, accents folded) that occurs in an answerable passage.</summary>
    public IReadOnlySet<string> Vocabulary { get; }

    /// <summary>Passages that best match <paramref name="terms"/>, best first.</summary>
    public IReadOnlyList<SearchHit> SearchPassages(IReadOnlyCollection<string> terms, int count) => Search(terms, _passageFilter, count);

    /// <summary>Facts that best match <paramref name="terms"/>, best first.</summary>
    public IReadOnlyList<SearchHit> SearchFacts(IReadOnlyCollection<string> terms, int count) => Search(terms, _factFilter, count);

    /// <summary>The analyzed terms of a passage or fact.</summary>
    public IReadOnlySet<string> TermsOf(string id) => _termsById.TryGetValue(id, out var terms) ? terms : [];

    /// <summary>The terms of the source title and headings a passage or fact sits under.</summary>
    public IReadOnlySet<string> ContextOf(string id) => _contextById.TryGetValue(id, out var terms) ? terms : [];

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

    private List<SearchHit> Search(IReadOnlyCollection<string> terms, Filter filter, int count)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var term in terms.Distinct(StringComparer.Ordinal).Take(BooleanQuery.MaxClauseCount / 2))
        {
            query.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(HeadingField, term)) { Boost = 0.3f }, Occur.SHOULD);
        }

        var top = _searcher.Search(query, filter, count);
        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        foreach (var doc in top.ScoreDocs)
        {
            hits.Add(new SearchHit(_ids[doc.Doc], doc.Score));
        }

        return hits;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();
}
