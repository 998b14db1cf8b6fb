using BenchmarkDotNet.Attributes;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Benchmarks;

/// <summary>Answering each dev question on a warm engine.</summary>
[MemoryDiagnoser]
public class AnswerBenchmark
{
    private KnowledgeBase _knowledge = null!;
    private AnswerEngine _engine = null!;

    public static IEnumerable<string> Questions => BenchmarkData.Questions();

    [ParamsSource(nameof(Questions))]
    public string Question { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = KnowledgeBaseLoader.Load(BenchmarkData.DataPath);
        _engine = new AnswerEngine(_knowledge);
    }

    [GlobalCleanup]
    public void Cleanup() => _knowledge.Dispose();

    [Benchmark]
    public Answer Answer() => _engine.Ask(Question);
}
