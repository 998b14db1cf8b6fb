using BenchmarkDotNet.Running;
using Montenegro.Bot.Benchmarks;

// `latency [rounds]` prints p50/p99 over all dev questions; anything else goes to BenchmarkDotNet
// (e.g. --filter '*' or --filter '*IndexBuild*').
if (args.Length > 0 && args[0] == "latency")
{
    LatencySurvey.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
    return;
}

// `scale`, `scale-run` and `vectors`: see ScaleCommands.
if (ScaleCommands.TryRun(args))
{
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(IndexBuildBenchmark).Assembly).Run(args);
