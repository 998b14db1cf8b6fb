using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// The one analyzer used for indexing, querying, excerpt selection and fact matching: standard
/// tokenizer, acronym synonyms (case-sensitive), English possessives, lower-casing, ASCII folding,
/// domain synonyms, stop words and light (K) stemming.
/// </summary>
public sealed class KnowledgeAnalyzer : Analyzer
{
    /// <summary>The Lucene version every component of the index is built against.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly SynonymMap _acronyms = BuildMap(DomainSynonyms.Acronyms, ignoreCase: false);
    private readonly SynonymMap _phrases = BuildMap(DomainSynonyms.Phrases, ignoreCase: true);
    private readonly CharArraySet _stopWords = StopAnalyzer.ENGLISH_STOP_WORDS_SET;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new SynonymFilter(tokenizer, _acronyms, ignoreCase: false);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new SynonymFilter(stream, _phrases, ignoreCase: true);
        stream = new StopFilter(Version, stream, _stopWords);
        stream = new KStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Analyzes <paramref name="text"/> into its terms, in order.</summary>
    public List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static SynonymMap BuildMap(IReadOnlyDictionary<string, string[]> groups, bool ignoreCase)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var (canonical, phrases) in groups)
        {
            var output = new CharsRef(canonical);
            foreach (var phrase in phrases.Append(canonical))
            {
                var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (ignoreCase)
                {
                    words = words.Select(w => w.ToLowerInvariant()).ToArray();
                }

                builder.Add(SynonymMap.Builder.Join(words, new CharsRef()), output, includeOrig: false);
            }
        }

        return builder.Build();
    }
}
