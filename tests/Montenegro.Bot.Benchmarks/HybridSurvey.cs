using System.Diagnostics;
using System.Globalization;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Search;
using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// The hybrid query at scale (issue 8, item 5: p99 at most 100 ms at 100k passages): what the answer engine does for one
/// question when retrieval by meaning is on, timed as a whole. The lexical half searches the synthetic corpus's Lucene
/// index (top 5, as the excerpt path asks); the semantic half encodes the question with the bot's embedding model
/// (<see cref="KnowledgeSemantics.LoadEmbedder"/>) and scans one vector per passage (top 12, as the semantic strategy
/// asks). Encoding 100k synthetic passages would take hours on this machine, so their vectors are random unit vectors:
/// the scan costs the same whatever the vectors hold.
/// </summary>
internal static class HybridSurvey
{
    private const int Dimensions = 384;
    private const int LexicalTop = 5;
    private const int SemanticTop = 12;
    private const int VariantsPerQuestion = 10;

    public static void Run(int size, int passes)
    {
        var inv = CultureInfo.InvariantCulture;
        using var real = KnowledgeBaseLoader.Load(BenchmarkData.DataPath);
        var corpus = new SyntheticCorpus(real, size);
        var random = new Random(17);
        var questions = BenchmarkData.Questions()
            .SelectMany(q => Enumerable.Range(0, VariantsPerQuestion).Select(_ => corpus.Rewrite(q, random)))
            .Select(q => (Text: q, Terms: Question.Parse(q, real).ContentTerms))
            .Where(q => q.Terms.Count > 0)
            .ToList();

        using var lexical = new InMemoryIndexWriter(real.Analyzer).Write(corpus);
        var ids = new List<string>(size);
        var vectors = new float[(long)size * Dimensions];
        var generator = new Random(size);
        foreach (var document in corpus)
        {
            var row = vectors.AsSpan(ids.Count * Dimensions, Dimensions);
            for (var i = 0; i < Dimensions; i++)
            {
                row[i] = (float)((generator.NextDouble() * 2) - 1);
            }

            System.Numerics.Tensors.TensorPrimitives.Divide(row, System.Numerics.Tensors.TensorPrimitives.Norm(row), row);
            ids.Add(document.Id);
        }

        using var embedder = KnowledgeSemantics.LoadEmbedder(null);
        var semantic = new SemanticSearch(embedder, new SemanticIndex(ids, vectors, Dimensions));

        // Untimed: the JIT, the model's first runs, the page cache.
        foreach (var (text, terms) in questions.Take(50))
        {
            Query(lexical, semantic, text, terms);
        }

        var wall = new List<double>();
        var cpu = new List<double>();
        var lexicalWall = new List<double>();
        var encodeWall = new List<double>();
        var scanWall = new List<double>();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var (text, terms) in questions)
            {
                var startCpu = ThreadCpuClock.Now;
                var start = Stopwatch.GetTimestamp();
                var (lexicalMs, encodeMs, scanMs) = Query(lexical, semantic, text, terms);
                wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                cpu.Add(ThreadCpuClock.Now - startCpu);
                lexicalWall.Add(lexicalMs);
                encodeWall.Add(encodeMs);
                scanWall.Add(scanMs);
            }
        }

        var (w, c, l, e, s) = (new Percentiles(wall), new Percentiles(cpu), new Percentiles(lexicalWall), new Percentiles(encodeWall), new Percentiles(scanWall));
        Console.WriteLine(string.Create(inv,
            $"| {size:N0} | {wall.Count} | {w.P50:F1} / {w.P99:F1} ms | {c.P50:F1} / {c.P99:F1} ms | {l.P50:F2} / {l.P99:F2} ms | {e.P50:F1} / {e.P99:F1} ms | {s.P50:F1} / {s.P99:F1} ms | {ProcessMemory.LoadAverage} |"));
    }

    // One hybrid query: the lexical search, then the question's encoding and the vector scan; the three times in ms.
    private static (double Lexical, double Encode, double Scan) Query(IRetriever lexical, SemanticSearch semantic, string text, IReadOnlyList<string> terms)
    {
        var start = Stopwatch.GetTimestamp();
        lexical.SearchPassages((IReadOnlyCollection<string>)terms, LexicalTop);
        var lexicalMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        start = Stopwatch.GetTimestamp();
        var query = semantic.EncodeQueryAsync(text).AsTask().GetAwaiter().GetResult();
        var encodeMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        start = Stopwatch.GetTimestamp();
        semantic.Search(query, SemanticTop);
        return (lexicalMs, encodeMs, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
}
