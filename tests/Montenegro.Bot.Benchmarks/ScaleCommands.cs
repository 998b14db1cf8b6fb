using System.Globalization;

namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// The scale commands:
/// <c>scale [SIZE...] [--repeats N]</c> measures lexical retrieval over synthetic corpora (default 1000 10000 100000, 3 runs each);
/// <c>scale-sample [N]</c> prints the first N synthetic passages;
/// <c>scale-engine SIZE</c> loads the whole knowledge base with SIZE synthetic passages added;
/// <c>scale real</c> compares the index in memory and in the cache directory for the bundled sources;
/// <c>scale-run SIZE</c> is one such run (in a child process);
/// <c>vectors [SIZE...] [--ann N]</c> measures brute-force cosine top-10 over random unit vectors (default 10000 100000 1000000),
/// and with --ann an HNSW index over N clustered vectors;
/// <c>hybrid [SIZE...] [--passes N]</c> times the whole hybrid query (lexical search, question encoding, vector scan) over SIZE
/// synthetic passages (default 100000).
/// MBOT_SCALE_RAM_MB (default 64) and MBOT_SCALE_MERGE (1 or 0, default 1) set how the index is written.
/// </summary>
internal static class ScaleCommands
{
    /// <summary>Runs the command in <paramref name="args"/> if it is one of these; returns false otherwise.</summary>
    public static bool TryRun(string[] args)
    {
        if (args.Length == 0)
        {
            return false;
        }

        if (args[0] == "scale" && args.Length > 1 && args[1] == "real")
        {
            RealCorpusSurvey.Run();
            return true;
        }

        if (args[0] == "scale-sample")
        {
            using var real = Montenegro.Bot.Knowledge.KnowledgeBaseLoader.Load(BenchmarkData.DataPath);
            foreach (var passage in new SyntheticCorpus(real, args.Length > 1 ? Size(args[1]) : 5))
            {
                Console.WriteLine($"[{passage.Id}] {passage.Heading}\n{passage.Text}\n");
            }

            return true;
        }

        // Another command's arguments are not sizes ("semantic-run arctic Int8 ...").
        if (args[0] is not ("scale" or "scale-run" or "scale-engine" or "hybrid" or "vectors"))
        {
            return false;
        }

        var sizes = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(Size).ToList();
        switch (args[0])
        {
            case "scale":
                ScaleSurvey.RunAll(sizes.Count > 0 ? sizes : [1_000, 10_000, 100_000], Option(args, "--repeats") ?? 3);
                return true;
            case "scale-run":
                ScaleSurvey.RunOne(
                    sizes[0],
                    double.Parse(Environment.GetEnvironmentVariable("MBOT_SCALE_RAM_MB") ?? "64", CultureInfo.InvariantCulture),
                    Environment.GetEnvironmentVariable("MBOT_SCALE_MERGE") != "0");
                return true;
            case "scale-engine":
                EngineLoadSurvey.Run(sizes[0]);
                return true;
            case "hybrid":
                Console.WriteLine("| passages | queries | hybrid p50 / p99 wall | same, CPU | lexical p50 / p99 | encode question p50 / p99 | vector scan p50 / p99 | load avg |");
                Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
                foreach (var size in sizes.Count > 0 ? sizes : [100_000])
                {
                    HybridSurvey.Run(size, Option(args, "--passes") ?? 2);
                }

                return true;
            case "vectors":
                VectorScanSurvey.Run(sizes.Count > 0 ? sizes : [10_000, 100_000, 1_000_000], Array.IndexOf(args, "--ann") is var at and >= 0 && at + 1 < args.Length ? Size(args[at + 1]) : null);
                return true;
            default:
                return false;
        }
    }

    // Accepts 1000, 10k, 1M.
    private static int Size(string text)
    {
        var multiplier = char.ToLowerInvariant(text[^1]) switch { 'k' => 1_000, 'm' => 1_000_000, _ => 1 };
        return int.Parse(multiplier == 1 ? text : text[..^1], CultureInfo.InvariantCulture) * multiplier;
    }

    private static int? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    }
}
