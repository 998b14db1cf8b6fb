using BenchmarkDotNet.Attributes;
using Montenegro.Bot.Knowledge;

namespace Montenegro.Bot.Benchmarks;

/// <summary>Loading data/ and building the index, as the host does at start.</summary>
[MemoryDiagnoser]
public class IndexBuildBenchmark
{
    [Benchmark]
    public int LoadAndIndex()
    {
        using var knowledge = KnowledgeBaseLoader.Load(BenchmarkData.DataPath);
        return knowledge.Passages.Count;
    }
}
