using BenchmarkDotNet.Running;
using Montenegro.Bot.Benchmarks;

// `latency [rounds] [--semantic] [--fresh]` prints p50/p99 over all dev questions (MBOT_QUESTIONS: another question file),
// with retrieval by meaning on when asked, and with --fresh on a new engine each round (see LatencySurvey); anything else goes to BenchmarkDotNet (e.g. --filter '*' or --filter '*IndexBuild*').
if (args.Length > 0 && args[0] == "latency")
{
    var rounds = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
    LatencySurvey.Run(rounds is null ? 100 : int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture), semantic: args.Contains("--semantic"), fresh: args.Contains("--fresh"));
    return;
}

// `scale`, `scale-run` and `vectors`: see ScaleCommands.
if (ScaleCommands.TryRun(args))
{
    return;
}

// `semantic [rounds]` compares the embedding models in child processes (`semantic-run MODEL PRECISION THREADS ARENA ROUNDS [BATCH_TOKENS]` is one of them).
if (args.Length > 0 && args[0] == "semantic")
{
    SemanticSurvey.RunAll(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}

if (args.Length >= 6 && args[0] == "semantic-run")
{
    var inv = System.Globalization.CultureInfo.InvariantCulture;
    SemanticSurvey.RunOne(
        args[1],
        Enum.Parse<Montenegro.Bot.Knowledge.Semantic.EmbeddingPrecision>(args[2]),
        int.Parse(args[3], inv),
        args[4] == "arena",
        int.Parse(args[5], inv),
        args.Length > 6 ? int.Parse(args[6], inv) : new Montenegro.Bot.Knowledge.Semantic.SentenceEmbedderOptions().MaxBatchTokens);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(IndexBuildBenchmark).Assembly).Run(args);
