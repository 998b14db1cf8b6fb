using System.Globalization;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

public sealed class GatewayTests
{
    private const int GuildsGuildMessagesDirectMessages = 1 | 512 | 4096;
    private const int MessageContent = 32768;

    [Fact]
    public async Task Identify_carries_token_and_intents_without_message_content_by_default()
    {
        await using var h = await BotHarness.StartAsync();

        var identify = await h.Discord.WaitForFrameAsync(f => f.Op == 2);
        var gatewayBot = await h.Discord.WaitForRequestAsync(r => r.Path == "/gateway/bot");

        Assert.Equal(h.Discord.Token, identify.Data!["token"]!.GetValue<string>());
        Assert.Equal(GuildsGuildMessagesDirectMessages, identify.Data["intents"]!.GetValue<int>());
        Assert.NotNull(identify.Data["properties"]!["os"]);
        Assert.Null(identify.Data["shard"]);
        Assert.Equal("/gateway", identify.Path);
        Assert.Equal("?v=10&encoding=json", h.Discord.Connections[0].Query);
        Assert.Equal($"Bot {h.Discord.Token}", gatewayBot.Header("Authorization"));
        Assert.Equal("DiscordBot (https://example.org/tests, 1.2.3)", gatewayBot.Header("User-Agent"));
        Assert.True(h.State.IsReady);
        Assert.Equal(h.Discord.CurrentSessionId, h.State.SessionId);
    }

    [Fact]
    public async Task Identify_requests_message_content_and_shard_when_configured()
    {
        await using var h = await BotHarness.StartAsync(
            settings: s =>
            {
                s["Discord:ShardId"] = "0";
                s["Discord:ShardCount"] = "2";
            },
            configure: o => o.MessageContentIntent = true);

        var identify = await h.Discord.WaitForFrameAsync(f => f.Op == 2);

        Assert.Equal(GuildsGuildMessagesDirectMessages | MessageContent, identify.Data!["intents"]!.GetValue<int>());
        Assert.Equal("[0,2]", identify.Data["shard"]!.ToJsonString());
    }

    [Theory]
    [InlineData(null, "/applications/{0}/commands")]
    [InlineData("1280000000000000001", "/applications/{0}/guilds/1280000000000000001/commands")]
    public async Task Commands_are_bulk_overwritten_globally_or_for_the_configured_guild(string? guildId, string expectedPath)
    {
        await using var h = await BotHarness.StartAsync(settings: s => s["Discord:GuildId"] = guildId);
        var path = string.Format(CultureInfo.InvariantCulture, expectedPath, h.Discord.ApplicationId);

        var put = await h.Discord.WaitForRequestAsync(r => r.Method == "PUT");

        Assert.Equal(path, put.Path);
        Assert.Equal(200, put.Status);
        var commands = put.Json!.AsArray();
        Assert.Equal(["echo", "city"], commands.Select(c => c!["name"]!.GetValue<string>()));
        Assert.True(commands[1]!["options"]![0]!["autocomplete"]!.GetValue<bool>());
        Assert.True(commands[0]!["options"]![0]!["required"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Op7_reconnect_resumes_with_same_session_and_sequence()
    {
        await using var h = await BotHarness.StartAsync();
        var session = h.Discord.CurrentSessionId;
        await h.Discord.DispatchAsync("TYPING_START", new System.Text.Json.Nodes.JsonObject());
        await h.Discord.RequestHeartbeatAsync();
        await h.Discord.WaitForFrameAsync(f => f.Op == 1 && f.Data?.GetValue<long>() == 2);

        await h.Discord.SendReconnectAsync();
        var resume = await h.Discord.WaitForFrameAsync(f => f.Op == 6, eachPoll: h.Tick());
        await h.Discord.WaitForSessionAsync();

        Assert.Equal("/resume", resume.Path);
        Assert.Equal(session, resume.Data!["session_id"]!.GetValue<string>());
        Assert.Equal(2, resume.Data["seq"]!.GetValue<long>());
        Assert.Equal(h.Discord.Token, resume.Data["token"]!.GetValue<string>());
        Assert.Equal(4000, h.Discord.Connections[0].ClientCloseStatus);
        Assert.Single(h.Discord.Frames, f => f.Op == 2);
        Assert.Equal("?v=10&encoding=json", h.Discord.Connections[1].Query);
        await FakeDiscord.WaitUntilAsync(() => h.State.IsReady);
        Assert.Equal(1, h.State.Resumes);
        Assert.Equal(1, h.State.Reconnects);

        // The resumed session still delivers work.
        var id = h.Discord.NextSnowflake();
        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "after resume")));
        await h.Discord.WaitForRequestAsync(r => r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Op9_without_resume_waits_and_identifies_afresh()
    {
        await using var h = await BotHarness.StartAsync();
        var first = h.Discord.CurrentSessionId;

        await h.Discord.SendInvalidSessionAsync(resumable: false);
        await FakeDiscord.WaitUntilAsync(() => h.Discord.Connections[0].Ended);
        h.Time.Advance(TimeSpan.FromMilliseconds(900));
        await Task.Delay(100);
        Assert.Single(h.Discord.Connections);
        await h.Discord.WaitUntilIdentifiesAsync(2, h.Tick());

        Assert.DoesNotContain(h.Discord.Frames, f => f.Op == 6);
        Assert.Equal("/gateway", h.Discord.Frames.Last(f => f.Op == 2).Path);
        await h.Discord.WaitForSessionAsync();
        Assert.NotEqual(first, h.Discord.CurrentSessionId);
    }

    [Fact]
    public async Task Missed_heartbeat_ack_closes_the_zombie_connection_and_resumes()
    {
        await using var h = await BotHarness.StartAsync(fake: f =>
        {
            f.HeartbeatIntervalMs = 1000;
            f.AckHeartbeats = false;
        });

        var resume = await h.Discord.WaitForFrameAsync(f => f.Op == 6, eachPoll: h.Tick(50));

        var beats = h.Discord.Frames.Where(f => f.Op == 1 && f.ConnectionId == 1).ToList();
        Assert.Single(beats);
        Assert.Equal(4000, h.Discord.Connections[0].ClientCloseStatus);
        Assert.Equal("/resume", resume.Path);
        Assert.Equal(1, h.State.Reconnects);

        // The missing-ACK state stayed with the old connection: the new one, now ACKed, survives many beats.
        h.Discord.AckHeartbeats = true;
        await h.Discord.WaitForSessionAsync();
        for (var i = 0; i < 10; i++)
        {
            h.Time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(30);
        }

        Assert.True(h.Discord.Frames.Count(f => f.Op == 1 && f.ConnectionId == 2) >= 3);
        Assert.Equal(2, h.Discord.Connections.Count);
    }

    [Fact]
    public async Task Heartbeats_follow_the_interval_and_acked_connections_stay_open()
    {
        await using var h = await BotHarness.StartAsync(fake: f => f.HeartbeatIntervalMs = 1000);

        h.Time.Advance(TimeSpan.FromMilliseconds(1000));
        await h.Discord.WaitForFrameAsync(f => f.Op == 1);
        for (var i = 0; i < 5; i++)
        {
            var count = h.Discord.Frames.Count(f => f.Op == 1);
            await Task.Delay(50);
            h.Time.Advance(TimeSpan.FromMilliseconds(1000));
            await FakeDiscord.WaitUntilAsync(() => h.Discord.Frames.Count(f => f.Op == 1) == count + 1);
        }

        Assert.Equal(6, h.Discord.Frames.Count(f => f.Op == 1));
        Assert.Single(h.Discord.Connections);
        Assert.True(h.State.IsReady);
    }

    [Fact]
    public async Task Server_heartbeat_request_is_answered_at_once_without_reconnecting()
    {
        await using var h = await BotHarness.StartAsync(fake: f => f.AckHeartbeats = false);

        await h.Discord.RequestHeartbeatAsync();
        await h.Discord.WaitForFrameAsync(f => f.Op == 1);
        await h.Discord.RequestHeartbeatAsync();
        await FakeDiscord.WaitUntilAsync(() => h.Discord.Frames.Count(f => f.Op == 1) == 2);

        Assert.Single(h.Discord.Connections);
    }

    [Fact]
    public async Task Resumable_close_code_resumes_and_session_close_codes_identify()
    {
        await using var h = await BotHarness.StartAsync();

        await h.Discord.CloseAsync(4000);
        await h.Discord.WaitForFrameAsync(f => f.Op == 6, eachPoll: h.Tick());
        await h.Discord.WaitForSessionAsync();
        await h.Discord.CloseAsync(4009);
        await h.Discord.WaitUntilIdentifiesAsync(2, h.Tick());

        Assert.Equal("/gateway", h.Discord.Frames.Last(f => f.Op == 2).Path);
        Assert.Equal(2, h.State.Reconnects);
    }

    [Fact]
    public async Task Gateway_that_never_says_hello_is_abandoned_after_the_timeout()
    {
        await using var h = await BotHarness.StartAsync(fake: f => f.SendHello = false, waitForReady: false);
        await FakeDiscord.WaitUntilAsync(() => h.Discord.Connections.Count == 1);
        await Task.Delay(50);

        h.Time.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(50);
        Assert.False(h.Discord.Connections[0].Ended);
        h.Discord.SendHello = true;
        await h.Discord.WaitUntilIdentifiesAsync(1, h.Tick());

        Assert.Equal(4000, h.Discord.Connections[0].ClientCloseStatus);
        Assert.Equal(2, h.Discord.Connections.Count);
    }

    [Fact]
    public async Task Stop_closes_the_gateway_with_1000_and_finishes_in_flight_replies()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var h = await BotHarness.StartAsync(bot: b => b.OnCommand = async (_, _) =>
        {
            await release.Task;
            return InteractionReply.Text("finished during shutdown");
        });
        try
        {
            var id = h.Discord.NextSnowflake();
            await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "x")));
            await FakeDiscord.WaitUntilAsync(() => !h.Bot.Commands.IsEmpty);
            var clock = System.Diagnostics.Stopwatch.StartNew();

            var stop = h.Host.StopAsync();
            await FakeDiscord.WaitUntilAsync(() => h.Discord.Connections[0].Ended);
            release.SetResult();
            await stop;

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
            Assert.Equal(1000, h.Discord.Connections[0].ClientCloseStatus);
            var callback = Assert.Single(h.Discord.Requests, r => r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal));
            Assert.Equal("finished during shutdown", callback.Json!["data"]!["content"]!.GetValue<string>());
            Assert.Single(h.Discord.Connections);
            Assert.Null(h.State.FatalError);
        }
        finally
        {
            h.Host.Dispose();
            await h.Discord.DisposeAsync();
        }
    }
}
