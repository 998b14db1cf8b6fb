using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

public sealed class MetricsTests
{
    [Fact]
    public async Task Counters_report_interactions_messages_reconnects_and_resumes()
    {
        await using var h = await BotHarness.StartAsync();
        var totals = new ConcurrentDictionary<string, long>();
        var scope = h.Host.Services.GetService<IMeterFactory>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DiscordMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => totals.AddOrUpdate(instrument.Name, value, (_, v) => v + value));
        listener.Start();
        var id = h.Discord.NextSnowflake();

        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "x")));
        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "hi", directMessage: true));
        await FakeDiscord.WaitUntilAsync(() => totals.ContainsKey("discord.interactions.handled") && totals.ContainsKey("discord.messages.handled"));
        await h.Discord.SendReconnectAsync();
        await FakeDiscord.WaitUntilAsync(() => totals.ContainsKey("discord.gateway.resumes"), eachPoll: h.Tick());

        Assert.Equal(1, totals["discord.interactions.handled"]);
        Assert.Equal(1, totals["discord.messages.handled"]);
        Assert.Equal(1, totals["discord.gateway.reconnects"]);
        Assert.Equal(1, totals["discord.gateway.resumes"]);
        Assert.Equal(DiscordMetrics.MeterName, "Montenegro.Bot.Discord");
    }
}
