using System.Diagnostics;
using System.Globalization;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// Whether keeping the index on disk is free for the bundled sources: the Lucene index of the real passages and
/// facts built in memory, built in a cache directory (cold) and reopened from it (warm), next to the whole
/// knowledge index and the whole load, each the median of many runs.
/// </summary>
internal static class RealCorpusSurvey
{
    public static void Run()
    {
        var inv = CultureInfo.InvariantCulture;
        using var real = KnowledgeBaseLoader.Load(BenchmarkData.DataPath);
        var capture = new CapturingWriter(real.Analyzer);
        new KnowledgeIndex(real.Analyzer, real.Passages.Where(p => p.IsAnswerable), real.Facts, real.SourcesById, capture).Dispose();
        var documents = capture.Documents;
        var queries = BenchmarkData.Questions().Select(q => Question.Parse(q, real).ContentTerms).Where(t => t.Count > 0).ToList();
        var cacheDirectory = Path.Combine(Path.GetTempPath(), $"mbot-scale-real-{Environment.ProcessId}");
        try
        {
            var inMemory = Median(30, () => new InMemoryIndexWriter(real.Analyzer).Write(documents).Dispose());
            var cold = Median(15, () =>
            {
                if (Directory.Exists(cacheDirectory))
                {
                    Directory.Delete(cacheDirectory, recursive: true);
                }

                new LuceneIndexCache(real.Analyzer, cacheDirectory).Write(documents).Dispose();
            });
            var warm = Median(30, () => new LuceneIndexCache(real.Analyzer, cacheDirectory).Write(documents).Dispose());
            var knowledgeIndex = Median(15, () => new KnowledgeIndex(real.Analyzer, real.Passages.Where(p => p.IsAnswerable), real.Facts, real.SourcesById).Dispose());
            var load = Median(5, () => KnowledgeBaseLoader.Load(BenchmarkData.DataPath).Dispose());
            using var memoryRetriever = new InMemoryIndexWriter(real.Analyzer).Write(documents);
            using var diskRetriever = new LuceneIndexCache(real.Analyzer, cacheDirectory).Write(documents);

            // Alternated, so that neither gains from running after the other has warmed the JIT.
            QueryCpu(memoryRetriever, queries);
            QueryCpu(diskRetriever, queries);
            var memoryQuery = QueryCpu(memoryRetriever, queries);
            var diskQuery = QueryCpu(diskRetriever, queries);

            Console.WriteLine(string.Create(inv, $"The bundled sources: {documents.Count} documents ({documents.Count(d => d.Kind == IndexedDocumentKind.Passage)} passages), load average {ProcessMemory.LoadAverage}"));
            Console.WriteLine("| what | median wall | median CPU (this thread) |");
            Console.WriteLine("|---|---:|---:|");
            Console.WriteLine(string.Create(inv, $"| Lucene index built in memory | {inMemory.Wall:F1} ms | {inMemory.Cpu:F1} ms |"));
            Console.WriteLine(string.Create(inv, $"| Lucene index built in the cache directory (cold start) | {cold.Wall:F1} ms | {cold.Cpu:F1} ms |"));
            Console.WriteLine(string.Create(inv, $"| Lucene index reopened from the cache directory (warm start) | {warm.Wall:F1} ms | {warm.Cpu:F1} ms |"));
            Console.WriteLine(string.Create(inv, $"| the whole KnowledgeIndex (Lucene in memory + term tables) | {knowledgeIndex.Wall:F1} ms | {knowledgeIndex.Cpu:F1} ms |"));
            Console.WriteLine(string.Create(inv, $"| the whole KnowledgeBaseLoader.Load | {load.Wall:F1} ms | {load.Cpu:F1} ms |"));
            Console.WriteLine(string.Create(inv, $"| one query (top 5 passages), in memory: CPU p50 / p99 | | {memoryQuery.P50:F3} / {memoryQuery.P99:F3} ms |"));
            Console.WriteLine(string.Create(inv, $"| one query (top 5 passages), memory-mapped: CPU p50 / p99 | | {diskQuery.P50:F3} / {diskQuery.P99:F3} ms |"));
        }
        finally
        {
            if (Directory.Exists(cacheDirectory))
            {
                Directory.Delete(cacheDirectory, recursive: true);
            }
        }
    }

    /// <summary>Median wall time and median CPU time of the calling thread, over <paramref name="runs"/> runs after one untimed.</summary>
    private static (double Wall, double Cpu) Median(int runs, Action action)
    {
        action();
        var wall = new List<double>(runs);
        var cpu = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var startCpu = ThreadCpuClock.Now;
            var start = Stopwatch.GetTimestamp();
            action();
            wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            cpu.Add(ThreadCpuClock.Now - startCpu);
        }

        return (Percentiles.Median(wall), Percentiles.Median(cpu));
    }

    private static Percentiles QueryCpu(IRetriever retriever, List<IReadOnlyList<string>> queries)
    {
        var samples = new List<double>();
        for (var round = 0; round < 200; round++)
        {
            foreach (var terms in queries)
            {
                var start = ThreadCpuClock.Now;
                retriever.SearchPassages((IReadOnlyCollection<string>)terms, 5);
                if (round >= 100)
                {
                    samples.Add(ThreadCpuClock.Now - start);
                }
            }
        }

        return new Percentiles(samples);
    }

    /// <summary>Keeps the documents the knowledge index hands over, and indexes them in memory.</summary>
    private sealed class CapturingWriter(KnowledgeAnalyzer analyzer) : IRetrievalIndexWriter
    {
        public List<IndexedDocument> Documents { get; } = [];

        public IRetriever Write(IEnumerable<IndexedDocument> documents)
        {
            Documents.AddRange(documents);
            return new InMemoryIndexWriter(analyzer).Write(Documents);
        }
    }
}
