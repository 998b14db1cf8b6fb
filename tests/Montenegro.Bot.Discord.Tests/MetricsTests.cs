using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

public sealed class MetricsTests
{
    [Fact]
    public async Task Counters_report_interactions_messages_reconnects_and_resumes()
    {
        await using var h = await BotHarness.StartAsync();
        var id = h.Discord.NextSnowflake();

        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "x")));
        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "hi", directMessage: true));
        await h.Metrics.WaitForAsync("discord.interactions.handled");
        await h.Metrics.WaitForAsync("discord.messages.handled");
        var since = h.Time.LastTimerId;
        await h.Discord.SendReconnectAsync();
        await h.AdvanceToTimerAsync(t => t.Remaining <= TimeSpan.FromSeconds(1), "the reconnect backoff", since);
        await h.Metrics.WaitForAsync("discord.gateway.resumes");

        Assert.Equal(1, h.Metrics.Total("discord.interactions.handled"));
        Assert.Equal(1, h.Metrics.Total("discord.messages.handled"));
        Assert.Equal(1, h.Metrics.Total("discord.gateway.reconnects"));
        Assert.Equal(1, h.Metrics.Total("discord.gateway.resumes"));
        Assert.Equal("Montenegro.Bot.Discord", DiscordMetrics.MeterName);
    }
}
