using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// Speed, memory and retrieval quality of the sentence embedder, per model and thread count. Each
/// configuration runs in a process of its own (<c>semantic-run</c>), so that its resident and peak memory
/// are its alone; <c>semantic</c> runs them all and prints one table.
/// </summary>
internal static class SemanticSurvey
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly (string Model, EmbeddingPrecision Precision, int Threads, bool Arena, int BatchTokens)[] Configurations =
    [
        ("arctic", EmbeddingPrecision.Int8, 1, false, 256),
        ("arctic", EmbeddingPrecision.Int8, 2, false, 256),
        ("arctic", EmbeddingPrecision.Float32, 1, false, 256),
        ("arctic", EmbeddingPrecision.Float32, 2, false, 256),
        ("arctic", EmbeddingPrecision.Float32, 1, false, 2048),
        ("arctic", EmbeddingPrecision.Float32, 1, true, 256),
        ("minilm", EmbeddingPrecision.Int8, 1, false, 256),
        ("minilm", EmbeddingPrecision.Float32, 1, false, 256),
    ];

    /// <summary>Runs every configuration in a child process and prints the table.</summary>
    public static void RunAll(int rounds)
    {
        Console.WriteLine("| model | precision | intra-op threads | arena | batch tokens | load | encode passages (CPU) | rebuild from cache | query p50 / p99 (min, CPU per query) | RSS after load | peak RSS | steady RSS | top-1 | top-5 |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (model, precision, threads, arena, batchTokens) in Configurations)
        {
            var result = RunChild(model, precision, threads, arena, rounds, batchTokens);
            Console.WriteLine(string.Create(Inv,
                $"| {result.Model} | {precision} | {threads} | {(arena ? "on" : "off")} | {batchTokens} | {result.LoadMs:F0} ms | {result.EncodeMs:F0} ms ({result.EncodeCpuMs:F0} ms) | {result.CachedBuildMs:F1} ms | {result.QueryP50Ms:F2} / {result.QueryP99Ms:F2} ms (min {result.QueryMinMs:F2}, CPU {result.QueryCpuMs:F2} ms) | {result.RssAfterLoadMb:F0} MB | {result.PeakRssMb:F0} MB | {result.SteadyRssMb:F0} MB | {result.Top1}/{result.Queries} | {result.Top5}/{result.Queries} |"));
        }

        Console.WriteLine(string.Create(Inv, $"{SemanticPassages.Load().Count} passages, {SemanticQueries.All.Count} queries; load average at the end: {File.ReadAllText("/proc/loadavg").Trim()}"));
    }

    /// <summary>One configuration, in this process; prints one JSON line.</summary>
    public static void RunOne(string modelName, EmbeddingPrecision precision, int threads, bool arena, int rounds, int maxBatchTokens)
    {
        var model = modelName == "minilm" ? EmbeddingModel.MiniLmL6V2 : EmbeddingModel.ArcticXs;
        var passages = SemanticPassages.Load();
        var queries = SemanticQueries.All;

        var start = Stopwatch.GetTimestamp();
        using var embedder = SentenceEmbedder.Load(model, new SentenceEmbedderOptions { Precision = precision, IntraOpThreads = threads, UseMemoryArena = arena, MaxBatchTokens = maxBatchTokens });
        var loadMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var rssAfterLoad = Memory("VmRSS");
        var peakAfterLoad = Memory("VmHWM");

        var cacheDirectory = Path.Combine(Path.GetTempPath(), $"semantic-survey-{Environment.ProcessId}");
        try
        {
            var cache = new VectorCache(cacheDirectory);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            start = Stopwatch.GetTimestamp();
            var index = new SemanticIndexBuilder(embedder, cache).Build(passages);
            var encodeMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var encodeCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var peak = Memory("VmHWM");
            var rssAfterBuild = Memory("VmRSS");

            start = Stopwatch.GetTimestamp();
            var rebuilt = new SemanticIndexBuilder(embedder, cache).Build(passages);
            var cachedBuildMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (rebuilt.PassagesEncoded != 0)
            {
                throw new InvalidOperationException("The second build encoded passages again.");
            }

            var search = new SemanticSearch(embedder, index);
            var samples = new List<double>(rounds * queries.Count);
            var queryCpu = TimeSpan.Zero;
            for (var round = -3; round < rounds; round++)
            {
                if (round == 0)
                {
                    queryCpu = Process.GetCurrentProcess().TotalProcessorTime;
                }

                foreach (var (question, _) in queries)
                {
                    var t = Stopwatch.GetTimestamp();
                    embedder.Embed(question, EmbeddingPurpose.Query);
                    if (round >= 0)
                    {
                        samples.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    }
                }
            }

            var queryCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - queryCpu).TotalMilliseconds / samples.Count;
            samples.Sort();
            var (top1, top5) = Recall(search, passages, queries);

            GC.Collect();
            GC.WaitForPendingFinalizers();
            var result = new SurveyResult(
                model.Id, threads, arena, maxBatchTokens, loadMs, encodeMs, encodeCpuMs, cachedBuildMs,
                samples[0], Percentile(samples, 0.50), Percentile(samples, 0.99), queryCpuMs,
                rssAfterLoad, peakAfterLoad, rssAfterBuild, peak, Memory("VmRSS"), top1, top5, queries.Count, passages.Count);
            Console.WriteLine(JsonSerializer.Serialize(result));
        }
        finally
        {
            Directory.Delete(cacheDirectory, recursive: true);
        }
    }

    private static (int Top1, int Top5) Recall(SemanticSearch search, IReadOnlyList<(string Id, string Text)> passages, IReadOnlyList<(string Question, string[] Answers)> queries)
    {
        var texts = passages.ToDictionary(p => p.Id, p => p.Text, StringComparer.Ordinal);
        foreach (var (question, answers) in queries)
        {
            if (!passages.Any(p => answers.Any(a => p.Text.Contains(a, StringComparison.Ordinal))))
            {
                throw new InvalidOperationException($"No passage answers \"{question}\": fix its fragments.");
            }
        }

        int top1 = 0, top5 = 0;
        foreach (var (question, answers) in queries)
        {
            var hits = search.SearchAsync(question, 5).AsTask().GetAwaiter().GetResult();
            bool Answers(SemanticHit hit) => answers.Any(a => texts[hit.PassageId].Contains(a, StringComparison.Ordinal));
            top1 += Answers(hits[0]) ? 1 : 0;
            top5 += hits.Any(Answers) ? 1 : 0;
            if (Environment.GetEnvironmentVariable("MBOT_SEMANTIC_VERBOSE") == "1" && !Answers(hits[0]))
            {
                Console.Error.WriteLine($"miss: {question}\n  got: {texts[hits[0].PassageId][..Math.Min(100, texts[hits[0].PassageId].Length)]}");
            }
        }

        return (top1, top5);
    }

    private static SurveyResult RunChild(string model, EmbeddingPrecision precision, int threads, bool arena, int rounds, int batchTokens)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(SemanticSurvey).Assembly.Location);
        }

        foreach (var arg in new[] { "semantic-run", model, precision.ToString(), threads.ToString(Inv), arena ? "arena" : "no-arena", rounds.ToString(Inv), batchTokens.ToString(Inv) })
        {
            info.ArgumentList.Add(arg);
        }

        using var child = Process.Start(info)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"semantic-run {model} {precision} {threads} failed with exit code {child.ExitCode}: {output}");
        }

        return JsonSerializer.Deserialize<SurveyResult>(output.Trim().Split('\n')[^1])!;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>A /proc/self/status field (VmRSS, VmHWM) in MB.</summary>
    private static double Memory(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], Inv) / 1024.0;
            }
        }

        return double.NaN;
    }

    internal sealed record SurveyResult(
        string Model, int Threads, bool Arena, int MaxBatchTokens, double LoadMs, double EncodeMs, double EncodeCpuMs, double CachedBuildMs,
        double QueryMinMs, double QueryP50Ms, double QueryP99Ms, double QueryCpuMs, double RssAfterLoadMb, double PeakAfterLoadMb, double RssAfterBuildMb, double PeakRssMb, double SteadyRssMb,
        int Top1, int Top5, int Queries, int Passages);
}
