using System.Diagnostics;
using System.Globalization;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// p50 and p99 of single answers over all dev questions, and bytes allocated per answer: every
/// question answered many times on a warm engine, each answer timed on its own.
/// </summary>
internal static class LatencySurvey
{
    public static void Run(int rounds, bool semantic = false)
    {
        using var knowledge = KnowledgeBaseLoader.Load(BenchmarkData.DataPath);
        using var meaning = semantic ? KnowledgeSemantics.Build(knowledge, cacheDirectory: null) : null;
        var engine = new AnswerEngine(knowledge, semantic: meaning?.Search);
        var questions = BenchmarkData.Questions();

        // Warm-up: let tiered compilation settle before measuring (the model's runs are slow enough to need fewer).
        for (var i = 0; i < (semantic ? 5 : 200); i++)
        {
            foreach (var q in questions)
            {
                engine.Ask(q);
            }
        }

        var samples = new List<double>(rounds * questions.Count);
        var perQuestion = questions.ToDictionary(q => q, _ => new List<double>(rounds));
        var allocated = 0L;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var q in questions)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                engine.Ask(q);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                samples.Add(elapsed);
                perQuestion[q].Add(elapsed);
                allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }

        samples.Sort();
        double Percentile(double p) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(p * samples.Count) - 1)];
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"answers: {samples.Count} ({questions.Count} questions x {rounds} rounds)"));
        Console.WriteLine(string.Create(inv, $"p50 {Percentile(0.50):F3} ms, p99 {Percentile(0.99):F3} ms, max {samples[^1]:F3} ms"));
        Console.WriteLine(string.Create(inv, $"allocated per answer: {allocated / samples.Count / 1024.0:F1} KB"));
        Console.WriteLine("median per question, slowest first:");
        foreach (var (q, times) in perQuestion.Select(kv => (kv.Key, kv.Value.Order().ToList())).OrderByDescending(x => x.Item2[x.Item2.Count / 2]))
        {
            Console.WriteLine(string.Create(inv, $"  {times[times.Count / 2]:F3} ms  {q}"));
        }
    }
}
