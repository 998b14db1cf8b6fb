using System.Diagnostics;
using System.Globalization;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// p50 and p99 of single answers over all dev questions, and bytes allocated per answer: every
/// question answered many times on a warm engine, each answer timed on its own. With <c>fresh</c>, each round
/// answers on a new engine, so that nothing an engine keeps from one question to the next (encoded sentences) is
/// reused: each answer costs what a question asked for the first time costs.
/// </summary>
internal static class LatencySurvey
{
    private const double WarmUpSeconds = 5;

    public static void Run(int rounds, bool semantic = false, bool fresh = false)
    {
        using var knowledge = KnowledgeBaseLoader.Load(BenchmarkData.DataPath);
        using var meaning = semantic ? KnowledgeSemantics.Build(knowledge, cacheDirectory: null) : null;
        var timed = meaning is null ? null : new TimedSemanticSearch(meaning.Search);
        var engine = new AnswerEngine(knowledge, semantic: timed);
        var questions = BenchmarkData.Questions();

        // Warm-up: let tiered compilation settle before measuring (the model's runs are slow enough to need fewer rounds),
        // and for a few seconds whatever the rounds take: on a loaded machine the background compiler needs them, and an
        // engine that answers faster would otherwise be measured less warm.
        var warmUp = Stopwatch.GetTimestamp();
        for (var i = 0; i < (semantic ? 5 : 200) || Stopwatch.GetElapsedTime(warmUp).TotalSeconds < WarmUpSeconds; i++)
        {
            foreach (var q in questions)
            {
                engine.Ask(q);
            }
        }

        var samples = new List<double>(rounds * questions.Count);
        var cpuSamples = new List<double>(rounds * questions.Count);
        var perQuestion = questions.ToDictionary(q => q, _ => new List<double>(rounds));
        var allocated = 0L;
        timed?.Reset();
        for (var round = 0; round < rounds; round++)
        {
            if (fresh)
            {
                engine = new AnswerEngine(knowledge, semantic: timed);
            }

            foreach (var q in questions)
            {
                timed?.BeginAnswer();
                var before = GC.GetAllocatedBytesForCurrentThread();
                var startCpu = ThreadCpuClock.Now;
                var start = Stopwatch.GetTimestamp();
                engine.Ask(q);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                cpuSamples.Add(ThreadCpuClock.Now - startCpu);
                samples.Add(elapsed);
                perQuestion[q].Add(elapsed);
                allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }

        var (wall, cpu) = (new Percentiles(samples), new Percentiles(cpuSamples));
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"answers: {wall.Count} ({questions.Count} questions x {rounds} rounds{(fresh ? ", a new engine each round" : string.Empty)}), load average {ProcessMemory.LoadAverage}"));
        Console.WriteLine(string.Create(inv, $"p50 {wall.P50:F3} ms, p99 {wall.P99:F3} ms, max {wall.Max:F3} ms"));
        Console.WriteLine(string.Create(inv, $"CPU p50 {cpu.P50:F3} ms, p99 {cpu.P99:F3} ms"));
        Console.WriteLine(string.Create(inv, $"allocated per answer: {allocated / wall.Count / 1024.0:F1} KB"));
        if (timed is not null)
        {
            Console.WriteLine(string.Create(inv,
                $"per answer: {(double)timed.QueryEncodings / wall.Count:F2} question encodings, {(double)timed.TextEncodings / wall.Count:F2} other texts encoded, {(double)timed.Repeats / wall.Count:F2} of them repeated in the same answer, {timed.EncodingMilliseconds / wall.Count:F3} ms encoding, {timed.EncodingCpuMilliseconds / wall.Count:F3} ms of it CPU (answers: {samples.Average():F3} ms mean, {cpuSamples.Average():F3} ms CPU)"));
        }

        Console.WriteLine("median per question, slowest first:");
        foreach (var (q, times) in perQuestion.Select(kv => (kv.Key, kv.Value.Order().ToList())).OrderByDescending(x => x.Item2[x.Item2.Count / 2]))
        {
            Console.WriteLine(string.Create(inv, $"  {times[times.Count / 2]:F3} ms  {q}"));
        }
    }
}
