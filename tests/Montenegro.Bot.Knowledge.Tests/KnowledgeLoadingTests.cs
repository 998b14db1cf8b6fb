namespace Montenegro.Bot.Knowledge.Tests;

public sealed class KnowledgeLoadingTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "mbot-data-" + Guid.NewGuid().ToString("N"));

    public KnowledgeLoadingTests()
    {
        Directory.CreateDirectory(_copy);
        foreach (var file in Directory.GetFiles(KnowledgeFixture.DataPath))
        {
            File.Copy(file, Path.Combine(_copy, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void A_fact_citing_a_missing_passage_fails_the_load_naming_file_and_line()
    {
        var facts = Path.Combine(_copy, KnowledgeBaseLoader.FactsFile);
        var lines = File.ReadAllLines(facts);
        lines[2] = lines[2].Replace("\"passage\": \"", "\"passage\": \"nowhere/", StringComparison.Ordinal);
        File.WriteAllLines(facts, lines);

        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeBaseLoader.Load(_copy));
        Assert.Equal(3, error.Line);
        Assert.Contains("facts.jsonl, line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("nowhere/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_in_the_facts_fails_the_load_naming_the_line()
    {
        var facts = Path.Combine(_copy, KnowledgeBaseLoader.FactsFile);
        File.AppendAllText(facts, "{\"id\": \"broken\"\n");
        var lineCount = File.ReadAllLines(facts).Length;

        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeBaseLoader.Load(_copy));
        Assert.Equal(lineCount, error.Line);
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);
}
