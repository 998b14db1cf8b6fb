using System.Globalization;

namespace Montenegro.Bot.Discord.LoadTest;

/// <summary>Prints each run, then per bot the median of the runs against the issue's targets.</summary>
internal static class ResultTable
{
    private const double IdentifyTargetMs = 1000;
    private const double P99TargetMs = 20;
    private const double RssTargetMib = 120;

    public static void PrintRun(RunResult r, int run)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {r.Bot} run {run}: start->IDENTIFY {r.StartToIdentifyMs:F0} ms (first REST {r.StartToFirstRestMs:F0} ms) | commands n={r.Commands.Count} p50 {r.Commands.P50:F2} p99 {r.Commands.P99:F2} " +
            $"max {r.Commands.Max:F1} ms ({r.CommandsPerSecond:F0}/s, CPU/cmd bot {r.BotCpuMsPerCommand:F2} ms, fake+tool {r.ToolCpuMsPerCommand:F2} ms) | mentions n={r.Mentions.Count} p50 {r.Mentions.P50:F2} p99 {r.Mentions.P99:F2} " +
            $"max {r.Mentions.Max:F1} ms (CPU/mention bot {r.BotCpuMsPerMention:F2} ms over the phase; idle before it {r.BotIdleCpuMsPerSecond:F1} ms/s) | errors {r.HttpErrors} HTTP + {r.Unanswered} unanswered (start-up {r.StartupHttpErrors}) | " +
            $"RSS {r.SteadyRssMib:F0} MiB, peak {r.PeakRssMib:F0} MiB"));
        if (r.ErrorSamples.Count > 0)
        {
            Console.WriteLine($"    first errors: {string.Join(" | ", r.ErrorSamples)}");
        }
    }

    public static void PrintMedians(IReadOnlyList<RunResult> results)
    {
        Console.WriteLine();
        Console.WriteLine("Medians over runs (latencies in ms, memory in MiB):");
        Console.WriteLine("| bot       | runs | start->IDENTIFY | cmd p50 | cmd p99 | cmd max | bot CPU/cmd | mention p50 | mention p99 | bot CPU/mention | errors | RSS steady | RSS peak |");
        Console.WriteLine("|-----------|------|-----------------|---------|---------|---------|-------------|-------------|-------------|-----------------|--------|------------|----------|");
        foreach (var group in results.GroupBy(r => r.Bot))
        {
            var runs = group.ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key,-9} | {runs.Count,4} | {Median(runs, r => r.StartToIdentifyMs),15:F0} | {Median(runs, r => r.Commands.P50),7:F2} " +
                $"| {Median(runs, r => r.Commands.P99),7:F2} | {Median(runs, r => r.Commands.Max),7:F1} | {Median(runs, r => r.BotCpuMsPerCommand),11:F2} | {Median(runs, r => r.Mentions.P50),11:F2} " +
                $"| {Median(runs, r => r.Mentions.P99),11:F2} | {Median(runs, r => r.BotCpuMsPerMention),15:F2} | {runs.Sum(r => r.Errors),6} | {Median(runs, r => r.SteadyRssMib),10:F0} " +
                $"| {Median(runs, r => r.PeakRssMib),8:F0} |"));
        }

        Console.WriteLine(Invariant(
            $"Targets: start->IDENTIFY <= {IdentifyTargetMs:F0} ms, p99 <= {P99TargetMs:F0} ms for both phases, no errors, steady RSS <= {RssTargetMib:F0} MiB."));
        foreach (var group in results.GroupBy(r => r.Bot))
        {
            var runs = group.ToList();
            var misses = new List<string>();
            Check(misses, "start->IDENTIFY", Median(runs, r => r.StartToIdentifyMs), IdentifyTargetMs);
            Check(misses, "command p99", Median(runs, r => r.Commands.P99), P99TargetMs);
            Check(misses, "mention p99", Median(runs, r => r.Mentions.P99), P99TargetMs);
            Check(misses, "steady RSS", Median(runs, r => r.SteadyRssMib), RssTargetMib);
            Check(misses, "errors", runs.Sum(r => r.Errors), 0);
            Console.WriteLine($"  {group.Key}: {(misses.Count == 0 ? "meets every target" : "misses " + string.Join(", ", misses))}");
        }
    }

    private static void Check(List<string> misses, string what, double value, double target)
    {
        if (double.IsNaN(value) || value > target)
        {
            misses.Add(Invariant($"{what} ({value:F1} > {target:F0})"));
        }
    }

    private static double Median(IReadOnlyList<RunResult> runs, Func<RunResult, double> metric)
    {
        var sorted = runs.Select(metric).Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
