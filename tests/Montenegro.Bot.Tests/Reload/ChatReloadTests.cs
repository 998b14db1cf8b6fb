using System.IO.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Chat;
using Montenegro.Bot.Hosting;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Tests.Reload;

/// <summary>The console chat, left running, answers from a source added to its data folder; <c>ask</c> reads once.</summary>
public sealed class ChatReloadTests
{
    private const string Question = "Where did Montenegro open an honorary consulate in 2019?";

    [Fact]
    public async Task The_running_chat_answers_from_a_source_added_while_it_runs()
    {
        using var data = new ReloadableDataFolder();
        using var host = BotHost.CreateConsoleBuilder(data.Settings).Build();
        await host.StartAsync();
        var knowledge = host.Services.GetRequiredService<KnowledgeState>();
        var routers = new CurrentRouter(knowledge, await knowledge.WhenReadyAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60)));
        var input = new Pipe();
        await using var typing = new StreamWriter(input.Writer.AsStream()) { AutoFlush = true };
        var output = new PromptedOutput();
        var chat = ConsoleChat.RunAsync(routers.Get, new StreamReader(input.Reader.AsStream()), output, ansi: false, CancellationToken.None);
        await output.NextReplyAsync();

        await typing.WriteLineAsync(Question);
        var before = await output.NextReplyAsync();
        var reloaded = knowledge.NextReloadAsync(CancellationToken.None);
        data.Drop("consulate-note.txt", "In 2019 Montenegro opened an honorary consulate in Reykjavik, run by two volunteers from the diaspora.\n");
        await reloaded.WaitAsync(TimeSpan.FromSeconds(60));
        await typing.WriteLineAsync(Question);
        var after = await output.NextReplyAsync();
        await typing.WriteLineAsync("/sources");
        var sources = await output.NextReplyAsync();
        await typing.WriteLineAsync("/quit");
        await chat.WaitAsync(TimeSpan.FromSeconds(60));
        await host.StopAsync();

        Assert.DoesNotContain("Reykjavik", before, StringComparison.Ordinal);
        Assert.Contains("Reykjavik", after, StringComparison.Ordinal);
        Assert.Contains("consulate-note", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_reads_the_sources_once_whatever_Data_Watch_says()
    {
        var builder = BotHost.CreateConsoleBuilder(["--Data:Watch=true"]);
        builder.Services.ReadSourcesOnce();
        using var host = builder.Build();
        using var chatHost = BotHost.CreateConsoleBuilder(["--Data:Watch=true"]).Build();

        Assert.False(host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Watch);
        Assert.True(chatHost.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Watch);
    }
}
