using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>
/// Fatal Discord errors stop the host through the library's typed signal (<see cref="DiscordGatewayState.FatalError"/>
/// and a stop of the host); the exit code is the application's business.
/// </summary>
public sealed class FatalErrorTests
{
    // The gateway service has returned: its connection loop is over, so no reconnection can follow.
    private static Task GatewayStoppedAsync(BotHarness h) =>
        h.Host.Services.GetServices<IHostedService>().OfType<DiscordGatewayService>().Single().ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

    [Fact]
    public async Task Close_4004_stops_the_host_and_records_the_fatal_error_without_reconnecting()
    {
        await using var h = await BotHarness.StartAsync(fake: f => f.CloseOnIdentify = 4004, waitForReady: false);

        await GatewayStoppedAsync(h);

        Assert.True(h.Lifetime.ApplicationStopping.IsCancellationRequested);
        Assert.Single(h.Discord.Connections);
        Assert.Single(h.Discord.Frames, f => f.Op == 2);
        var critical = Assert.Single(h.Logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains("4004", critical.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:Token", critical.Message, StringComparison.Ordinal);
        Assert.NotNull(h.State.FatalError);
    }

    [Fact]
    public async Task Close_4014_says_to_enable_the_intent_or_switch_off_the_hosts_setting()
    {
        await using var h = await BotHarness.StartAsync(
            fake: f => f.MessageContentAllowed = false,
            configure: o =>
            {
                o.MessageContentIntent = true;
                o.MessageContentIntentSetting = "FreeText:Enabled";
            },
            waitForReady: false);

        await GatewayStoppedAsync(h);

        Assert.NotNull(h.State.FatalError);
        Assert.Single(h.Discord.Connections);
        var critical = Assert.Single(h.Logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains("enable the Message Content intent in the developer portal", critical.Message, StringComparison.Ordinal);
        Assert.Contains("or set FreeText:Enabled=false", critical.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unauthorized_gateway_bot_request_stops_the_host_and_records_the_fatal_error()
    {
        await using var h = await BotHarness.StartAsync(
            fake: f => f.Script(ScriptedResponse.Unauthorized((m, p) => p == "/gateway/bot")),
            waitForReady: false);

        await GatewayStoppedAsync(h);

        Assert.NotNull(h.State.FatalError);
        Assert.Single(h.Discord.Requests);
        Assert.Empty(h.Discord.Connections);
        var critical = Assert.Single(h.Logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains("401", critical.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:Token", critical.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unauthorized_later_in_the_session_also_stops_the_host_and_closes_the_gateway()
    {
        await using var h = await BotHarness.StartAsync(
            fake: f => f.Script(ScriptedResponse.Unauthorized((m, _) => m == "PUT")),
            waitForReady: false);

        await GatewayStoppedAsync(h);
        await FakeDiscord.WaitUntilAsync(() => h.Discord.Connections.All(c => c.Ended));

        Assert.NotNull(h.State.FatalError);
        Assert.Equal(1000, h.Discord.Connections[0].ClientCloseStatus);
        Assert.Single(h.Logs.Entries, e => e.Level == LogLevel.Critical);
    }

    [Fact]
    public async Task Wrong_token_is_never_logged_even_when_discord_rejects_it()
    {
        const string secret = "MTIz.super-secret-token.xyz";
        await using var h = await BotHarness.StartAsync(settings: s => s["Discord:Token"] = secret, waitForReady: false);

        await GatewayStoppedAsync(h);

        Assert.NotNull(h.State.FatalError);
        Assert.NotEmpty(h.Logs.Entries);
        Assert.DoesNotContain(secret, h.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, h.Host.Services.GetOptionsText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_command_definitions_stop_the_host_with_a_message_naming_the_command()
    {
        await using var h = await BotHarness.StartAsync(
            bot: b => b.CommandSet = [new ApplicationCommand { Name = "Bad Name", Description = "x" }],
            waitForReady: false);

        await GatewayStoppedAsync(h);

        Assert.NotNull(h.State.FatalError);
        Assert.Empty(h.Discord.Connections);
        var critical = Assert.Single(h.Logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains("command 'Bad Name'", critical.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_never_appears_in_logs_during_a_normal_session()
    {
        await using var h = await BotHarness.StartAsync();
        var id = h.Discord.NextSnowflake();
        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "x")));
        await h.Discord.WaitForRequestAsync(r => r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal));
        await h.Discord.SendReconnectAsync();
        await h.Discord.WaitForFrameAsync(f => f.Op == 6, eachPoll: h.Tick());
        await h.Host.StopAsync();

        Assert.Contains(h.Logs.Entries, e => e.Message.Contains("READY", StringComparison.Ordinal));
        Assert.DoesNotContain(h.Discord.Token, h.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Discord.Token, h.Host.Services.GetOptionsText(), StringComparison.Ordinal);
    }
}
