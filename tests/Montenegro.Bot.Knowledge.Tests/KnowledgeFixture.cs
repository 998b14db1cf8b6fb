using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>The real knowledge base over the real data/, built once for every test that needs it.</summary>
public sealed class KnowledgeFixture : IDisposable
{
    public KnowledgeFixture()
    {
        Knowledge = KnowledgeBaseLoader.Load(DataPath);
        Engine = new AnswerEngine(Knowledge);
    }

    public static string DataPath => Path.Combine(AppContext.BaseDirectory, "data");

    public KnowledgeBase Knowledge { get; }

    public AnswerEngine Engine { get; }

    public void Dispose() => Knowledge.Dispose();
}

[CollectionDefinition(Name)]
public sealed class KnowledgeCollection : ICollectionFixture<KnowledgeFixture>
{
    public const string Name = "knowledge";
}
