using BenchmarkDotNet.Running;
using Montenegro.Bot.Benchmarks;

// `latency [rounds]` prints p50/p99 over all dev questions; anything else goes to BenchmarkDotNet
// (e.g. --filter '*' or --filter '*IndexBuild*').
if (args.Length > 0 && args[0] == "latency")
{
    LatencySurvey.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
    return;
}

// `semantic [rounds]` compares the embedding models in child processes (`semantic-run MODEL THREADS ARENA ROUNDS` is one of them).
if (args.Length > 0 && args[0] == "semantic")
{
    SemanticSurvey.RunAll(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}

if (args.Length >= 5 && args[0] == "semantic-run")
{
    SemanticSurvey.RunOne(
        args[1],
        int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
        args[3] == "arena",
        int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture),
        args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : new Montenegro.Bot.Knowledge.Semantic.SentenceEmbedderOptions().MaxBatchTokens);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(IndexBuildBenchmark).Assembly).Run(args);
