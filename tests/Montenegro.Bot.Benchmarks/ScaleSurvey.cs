using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// Lexical retrieval at scale: for each corpus size, a child process (so that its memory is its own) generates
/// a <see cref="SyntheticCorpus"/>, builds its index in a cache directory with <see cref="LuceneIndexCache"/> (the
/// bot's own code path), searches it with the dev questions rewritten with swapped entities (terms as the answer
/// engine makes them, top 5 passages as the excerpt path asks), reopens it as a restart would, and reports build
/// time, query p50/p99, resident memory and disk. Each size runs several times; the table gives medians.
/// </summary>
internal static class ScaleSurvey
{
    private const string ResultPrefix = "RESULT ";
    private const int VariantsPerQuestion = 50;
    private const int LargeCorpus = 1_000_000;

    // RAMDirectory beyond this is slow and memory-hungry; the in-memory comparison stops here.
    private const int LargestInMemory = 100_000;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Runs every size <paramref name="repeats"/> times, each in its own process, and prints the table.</summary>
    public static void RunAll(IReadOnlyList<int> sizes, int repeats)
    {
        var inv = CultureInfo.InvariantCulture;
        var results = new List<ScaleRun>();
        foreach (var size in sizes)
        {
            for (var repeat = 0; repeat < repeats; repeat++)
            {
                var run = RunChild(size);
                if (run is null)
                {
                    Console.WriteLine(string.Create(inv, $"{size:N0} passages: the run failed (see above)"));
                    continue;
                }

                results.Add(run);
                Console.WriteLine(string.Create(inv, $"{size:N0} passages, run {repeat + 1}: build {run.BuildSeconds:F1} s (CPU {run.BuildCpuSeconds:F1} s; generation {run.GenerateSeconds:F1} s), reopen {run.ReopenSeconds:F2} s, p50 {run.QueryP50Ms:F2} ms, p99 {run.QueryP99Ms:F2} ms (CPU {run.QueryCpuP50Ms:F2} / {run.QueryCpuP99Ms:F2} ms), RSS {Mb(run.RssAfterQueriesBytes)} MB (peak {Mb(run.PeakRssBytes)}), disk {Mb(run.DiskBytes)} MB, load {run.LoadAverage}"));
            }
        }

        Console.WriteLine();
        Console.WriteLine("| passages | text | build wall (CPU; generating, twice, included) | reopen | query p50 / p99 wall | query p50 / p99 CPU | RSS after queries (peak) | disk | in memory: build, p50 / p99 wall, p99 CPU | load avg |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in results.GroupBy(r => r.Passages))
        {
            double M(Func<ScaleRun, double> f) => Percentiles.Median(group.Select(f));
            var memory = group.All(r => r.MemoryBuildSeconds is not null)
                ? string.Create(inv, $"{M(r => r.MemoryBuildSeconds!.Value):F2} s, {M(r => r.MemoryQueryP50Ms!.Value):F2} / {M(r => r.MemoryQueryP99Ms!.Value):F2} ms, {M(r => r.MemoryQueryCpuP99Ms!.Value):F2} ms")
                : "-";
            Console.WriteLine(string.Create(inv,
                $"| {group.Key:N0} | {M(r => r.TextChars) / 1e6:F1} M chars | {M(r => r.BuildSeconds):F1} s ({M(r => r.BuildCpuSeconds):F1} s; {M(r => r.GenerateSeconds):F1} s) | {M(r => r.ReopenSeconds):F2} s | {M(r => r.QueryP50Ms):F2} / {M(r => r.QueryP99Ms):F2} ms | {M(r => r.QueryCpuP50Ms):F2} / {M(r => r.QueryCpuP99Ms):F2} ms | {M(r => r.RssAfterQueriesBytes) / 1048576:F0} MB ({M(r => r.PeakRssBytes) / 1048576:F0} MB) | {M(r => r.DiskBytes) / 1048576:F1} MB | {memory} | {string.Join(" ", group.Select(r => r.LoadAverage))} |"));
        }
    }

    /// <summary>Measures one size in this process and prints the result as one JSON line.</summary>
    public static void RunOne(int size, double ramBufferMegabytes, bool mergeToOneSegment)
    {
        using var real = KnowledgeBaseLoader.Load(BenchmarkData.DataPath);
        var corpus = new SyntheticCorpus(real, size);
        Console.Error.WriteLine($"slots: {corpus.SlotSummary}");
        var queries = Queries(real, corpus);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = ProcessMemory.Resident;

        // Generation alone, to tell it apart from indexing: the cache enumerates the corpus twice when it builds
        // (once for the key, once to write) and once when it reopens.
        var clock = Stopwatch.StartNew();
        var chars = 0L;
        foreach (var document in corpus)
        {
            chars += document.Text.Length + document.Heading.Length;
        }

        var generateSeconds = clock.Elapsed.TotalSeconds;
        // A small build first, so that the JIT has compiled the indexing path before anything is timed.
        new InMemoryIndexWriter(real.Analyzer).Write(corpus.Take(Math.Min(size, 5_000))).Dispose();

        var cacheDirectory = Path.Combine(Path.GetTempPath(), $"mbot-scale-{Environment.ProcessId}");
        try
        {
            var cache = new LuceneIndexCache(real.Analyzer, cacheDirectory) { RamBufferMegabytes = ramBufferMegabytes, MergeToOneSegment = mergeToOneSegment };
            clock.Restart();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var retriever = cache.Write(corpus);
            var buildSeconds = clock.Elapsed.TotalSeconds;
            var buildCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            Check(retriever.Origin == IndexOrigin.Built && retriever.DocumentCount == size, $"expected a new index of {size} passages, got {retriever.Origin} with {retriever.DocumentCount}");
            GC.Collect();
            var afterBuild = ProcessMemory.Resident;
            var disk = ProcessMemory.DiskBytes(cacheDirectory);
            var passes = size >= LargeCorpus ? 1 : 2;
            var (timings, cpuTimings) = Time(retriever, queries, passes);
            var afterQueries = ProcessMemory.Resident;
            retriever.Dispose();

            clock.Restart();
            using (var reopened = cache.Write(corpus))
            {
                Check(reopened.Origin == IndexOrigin.Reopened, $"expected the cached index to reopen, got {reopened.Origin}");
            }

            var reopenSeconds = clock.Elapsed.TotalSeconds;
            var peak = ProcessMemory.Peak;

            double? memoryBuild = null;
            Percentiles? memoryTimings = null;
            Percentiles? memoryCpuTimings = null;
            if (size <= LargestInMemory)
            {
                clock.Restart();
                using var inMemory = new InMemoryIndexWriter(real.Analyzer).Write(corpus);
                memoryBuild = clock.Elapsed.TotalSeconds;
                (memoryTimings, memoryCpuTimings) = Time(inMemory, queries, passes);
            }

            var run = new ScaleRun(
                size, chars, generateSeconds, buildSeconds, buildCpuSeconds, reopenSeconds, disk, timings.Count, timings.P50, timings.P99, timings.Max,
                cpuTimings.P50, cpuTimings.P99, baseline, afterBuild, afterQueries, peak,
                memoryBuild, memoryTimings?.P50, memoryTimings?.P99, memoryCpuTimings?.P99, ProcessMemory.LoadAverage);
            Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(run, Json));
        }
        finally
        {
            if (Directory.Exists(cacheDirectory))
            {
                Directory.Delete(cacheDirectory, recursive: true);
            }
        }
    }

    /// <summary>The dev questions, each rewritten <see cref="VariantsPerQuestion"/> times, as the answer engine's excerpt search terms.</summary>
    private static List<IReadOnlyList<string>> Queries(KnowledgeBase real, SyntheticCorpus corpus)
    {
        var random = new Random(17);
        return BenchmarkData.Questions()
            .SelectMany(q => Enumerable.Range(0, VariantsPerQuestion).Select(_ => corpus.Rewrite(q, random)))
            .Select(q => Question.Parse(q, real).ContentTerms)
            .Where(terms => terms.Count > 0)
            .ToList();
    }

    /// <summary>
    /// <paramref name="passes"/> untimed passes over every query (for the JIT and the page cache), then as many
    /// passes with each query timed on its own: wall time and the thread's CPU time.
    /// </summary>
    private static (Percentiles Wall, Percentiles Cpu) Time(IRetriever retriever, List<IReadOnlyList<string>> queries, int passes)
    {
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var terms in queries)
            {
                retriever.SearchPassages((IReadOnlyCollection<string>)terms, 5);
            }
        }

        var wall = new List<double>(queries.Count * passes);
        var cpu = new List<double>(queries.Count * passes);
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var terms in queries)
            {
                var startCpu = ThreadCpuClock.Now;
                var start = Stopwatch.GetTimestamp();
                retriever.SearchPassages((IReadOnlyCollection<string>)terms, 5);
                wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                cpu.Add(ThreadCpuClock.Now - startCpu);
            }
        }

        return (new Percentiles(wall), new Percentiles(cpu));
    }

    private static ScaleRun? RunChild(int size)
    {
        var arguments = new List<string>();
        var self = Environment.GetCommandLineArgs()[0];
        if (self.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            arguments.Add(self);
        }

        arguments.AddRange(["scale-run", size.ToString(CultureInfo.InvariantCulture)]);
        var start = new ProcessStartInfo(Environment.ProcessPath!, arguments) { RedirectStandardOutput = true };
        using var child = Process.Start(start)!;
        ScaleRun? run = null;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
                run = JsonSerializer.Deserialize<ScaleRun>(line[ResultPrefix.Length..], Json);
            }
            else
            {
                Console.WriteLine("  " + line);
            }
        }

        child.WaitForExit();
        return child.ExitCode == 0 ? run : null;
    }

    private static void Check(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException(problem);
        }
    }

    private static long Mb(long bytes) => bytes / 1048576;
}
