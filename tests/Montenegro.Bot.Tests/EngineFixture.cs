using Montenegro.Bot.Commands;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Tests;

/// <summary>The real engine over the shipped data, built once for the tests that need it.</summary>
public sealed class EngineFixture : IDisposable
{
    public EngineFixture()
    {
        Knowledge = KnowledgeBaseLoader.Load(Path.Combine(AppContext.BaseDirectory, "data"));
        Engine = new AnswerEngine(Knowledge);
        State = new KnowledgeState();
        State.SetReady(Engine);
        Router = new CommandRouter(Engine);
    }

    public KnowledgeBase Knowledge { get; }

    public AnswerEngine Engine { get; }

    public KnowledgeState State { get; }

    public CommandRouter Router { get; }

    public void Dispose() => Knowledge.Dispose();
}

[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<EngineFixture>
{
    public const string Name = "engine";
}
