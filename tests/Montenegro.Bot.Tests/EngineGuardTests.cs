using Microsoft.Extensions.Logging;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord.Testing;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Tests;

/// <summary>
/// The last guards: when something inside the engine fails for real (here its index is already closed), the asker gets
/// a polite answer and the log one line without a stack, instead of a dead batch, chat or handler.
/// </summary>
public sealed class EngineGuardTests
{
    [Fact]
    public void A_failing_engine_answers_politely_and_logs_one_line_without_the_question()
    {
        var logs = new CapturingLoggerProvider();
        var knowledge = KnowledgeBaseLoader.Load(Path.Combine(AppContext.BaseDirectory, "data"));
        var engine = new AnswerEngine(knowledge, logger: logs.CreateLogger("engine"));
        knowledge.Dispose();

        var answer = engine.Ask("When did Russia recognise Montenegro? secret-question-text");
        var search = engine.Search("Zaytsev");

        Assert.Same(AnswerEngine.SomethingWentWrong, answer);
        Assert.Same(AnswerEngine.SomethingWentWrong, search);
        Assert.False(answer.Answered);
        Assert.Contains("something went wrong on my side", answer.Text, StringComparison.Ordinal);
        Assert.Equal(2, logs.Entries.Count(e => e.Level == LogLevel.Error));
        Assert.All(logs.Entries, e => Assert.Null(e.Exception));
        Assert.DoesNotContain("secret-question-text", logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_router_over_a_failing_engine_still_answers_every_command()
    {
        var knowledge = KnowledgeBaseLoader.Load(Path.Combine(AppContext.BaseDirectory, "data"));
        var router = new CommandRouter(new AnswerEngine(knowledge));
        knowledge.Dispose();

        foreach (var name in router.Commands.Commands.Select(c => c.Name))
        {
            var answer = router.Run(name, new Dictionary<string, string> { ["question"] = "q", ["country"] = "Russia", ["query"] = "NATO" });
            Assert.False(string.IsNullOrWhiteSpace(answer.Text), name);
        }
    }
}
