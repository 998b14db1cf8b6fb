using System.Globalization;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

public sealed class GatewayTests
{
    private const int GuildsGuildMessagesDirectMessages = 1 | 512 | 4096;
    private const int MessageContent = 32768;

    /// <summary>The heartbeat interval the tests that drive heartbeats give the fake.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>After a connection that reached READY, the bot reconnects after 0.5–1 s.</summary>
    private static readonly TimeSpan HealthyBackoffCap = TimeSpan.FromSeconds(1);

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
        var since = h.Time.LastTimerId;

        await h.Discord.SendReconnectAsync();
        await h.AdvanceToTimerAsync(t => t.Remaining <= HealthyBackoffCap, "the reconnect backoff", since);
        var resume = await h.Discord.WaitForFrameAsync(f => f.Op == 6);
        await h.Discord.WaitForSessionAsync();
        await h.Discord.WaitForConditionAsync(() => h.Discord.Connections[0].Ended, "the old connection closed");

        Assert.Equal("/resume", resume.Path);
        Assert.Equal(session, resume.Data!["session_id"]!.GetValue<string>());
        Assert.Equal(2, resume.Data["seq"]!.GetValue<long>());
        Assert.Equal(h.Discord.Token, resume.Data["token"]!.GetValue<string>());
        Assert.Equal(4000, h.Discord.Connections[0].ClientCloseStatus);
        Assert.Single(h.Discord.Frames, f => f.Op == 2);
        Assert.Equal("?v=10&encoding=json", h.Discord.Connections[1].Query);

        // Counted once the bot has recorded the resume (ready again, one more resume).
        await h.Metrics.WaitForAsync("discord.gateway.resumes");
        Assert.True(h.State.IsReady);
        Assert.Equal(1, h.State.Resumes);
        Assert.Equal(1, h.State.Reconnects);

        // The resumed session still delivers work.
        var id = h.Discord.NextSnowflake();
        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "after resume")));
        await h.Discord.WaitForRequestAsync(r => r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Op9_without_resume_waits_one_to_five_seconds_and_identifies_afresh()
    {
        await using var h = await BotHarness.StartAsync();
        var first = h.Discord.CurrentSessionId;
        var since = h.Time.LastTimerId;
        var invalidatedAt = h.Time.GetUtcNow();

        await h.Discord.SendInvalidSessionAsync(resumable: false);
        var wait = await h.Time.WaitForTimerAsync(t => t.Remaining <= TimeSpan.FromSeconds(5), "the wait before a new session", since);
        await h.Discord.WaitForConditionAsync(() => h.Discord.Connections[0].Ended, "the invalidated connection closed");

        // Just before the wait is over the bot is still waiting, so there is no new connection yet.
        Assert.True(wait.Remaining >= TimeSpan.FromSeconds(1), $"waited only {wait.Remaining}");
        h.Time.Advance(wait.Remaining - TimeSpan.FromMilliseconds(1));
        Assert.True(wait.IsPending);
        Assert.Single(h.Discord.Connections);
        h.Time.AdvanceTo(wait);
        await h.Discord.WaitUntilIdentifiesAsync(2);

        Assert.DoesNotContain(h.Discord.Frames, f => f.Op == 6);
        var identify = h.Discord.Frames.Last(f => f.Op == 2);
        Assert.Equal("/gateway", identify.Path);
        Assert.InRange(identify.At - invalidatedAt, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
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

        // The first heartbeat goes out; when the next is due no ACK has come, so the connection is a zombie.
        var first = await h.AdvanceToTimerAsync(IsHeartbeatWait, "the first heartbeat", startedAfter: 0);
        await h.Discord.WaitForFrameAsync(f => f.Op == 1);
        var second = await h.AdvanceToTimerAsync(IsHeartbeatWait, "the second heartbeat", first.Id);
        var backoff = await h.AdvanceToTimerAsync(t => t.Remaining <= HealthyBackoffCap, "the reconnect backoff", second.Id);
        var resume = await h.Discord.WaitForFrameAsync(f => f.Op == 6);
        await h.Discord.WaitForConditionAsync(() => h.Discord.Connections[0].Ended, "the zombie connection closed");

        Assert.Single(h.Discord.Frames, f => f.Op == 1 && f.ConnectionId == 1);
        Assert.Equal(4000, h.Discord.Connections[0].ClientCloseStatus);
        Assert.Equal("/resume", resume.Path);
        Assert.Equal(1, h.State.Reconnects);

        // The missing-ACK state stayed with the old connection: the new one, now ACKed, survives many beats.
        h.Discord.AckHeartbeats = true;
        await h.Discord.WaitForSessionAsync();
        await BeatAsync(h, times: 4, startedAfter: backoff.Id);

        Assert.Equal(4, h.Discord.Frames.Count(f => f.Op == 1 && f.ConnectionId == 2 && !f.Requested));
        Assert.Equal(2, h.Discord.Connections.Count);
    }

    [Fact]
    public async Task Heartbeats_follow_the_interval_and_acked_connections_stay_open()
    {
        await using var h = await BotHarness.StartAsync(fake: f => f.HeartbeatIntervalMs = 1000);

        await BeatAsync(h, times: 6, startedAfter: 0);

        var beats = h.Discord.Frames.Where(f => f.Op == 1 && !f.Requested).ToList();
        Assert.Equal(6, beats.Count);
        Assert.All(beats.Zip(beats.Skip(1), (a, b) => b.At - a.At), gap => Assert.Equal(Interval, gap));
        Assert.Single(h.Discord.Connections);
        Assert.True(h.State.IsReady);
    }

    [Fact]
    public async Task Server_heartbeat_request_is_answered_at_once_without_reconnecting()
    {
        await using var h = await BotHarness.StartAsync(fake: f => f.AckHeartbeats = false);

        await h.Discord.RoundTripAsync();
        await h.Discord.RoundTripAsync();

        Assert.Equal(2, h.Discord.Frames.Count(f => f.Op == 1 && f.Requested));
        Assert.Equal(h.Time.GetUtcNow(), h.Discord.Frames.Last(f => f.Op == 1).At);
        Assert.Single(h.Discord.Connections);
    }

    [Fact]
    public async Task Resumable_close_code_resumes_and_session_close_codes_identify()
    {
        await using var h = await BotHarness.StartAsync();
        var since = h.Time.LastTimerId;

        await h.Discord.CloseAsync(4000);
        await h.AdvanceToTimerAsync(t => t.Remaining <= HealthyBackoffCap, "the backoff before resuming", since);
        await h.Discord.WaitForFrameAsync(f => f.Op == 6);
        await h.Discord.WaitForSessionAsync();
        since = h.Time.LastTimerId;
        await h.Discord.CloseAsync(4009);
        await h.AdvanceToTimerAsync(t => t.Remaining <= HealthyBackoffCap, "the backoff before identifying", since);
        await h.Discord.WaitUntilIdentifiesAsync(2);

        Assert.Equal("/gateway", h.Discord.Frames.Last(f => f.Op == 2).Path);
        Assert.Equal(2, h.State.Reconnects);
    }

    [Fact]
    public async Task Gateway_that_never_says_hello_is_abandoned_after_the_timeout()
    {
        await using var h = await BotHarness.StartAsync(fake: f => f.SendHello = false, waitForReady: false);
        var hello = await h.Time.WaitForTimerAsync(t => t.Remaining == Gateway.GatewayConnection.HelloTimeout, "the HELLO timeout", startedAfter: 0);

        // The bot starts its HELLO timer once its socket is open, which can be before the fake has recorded the connection.
        await h.Discord.WaitForConditionAsync(() => h.Discord.Connections.Count > 0, "the fake recording the first connection");

        // A second before the timeout the bot is still waiting on the silent connection.
        h.Time.Advance(hello.Remaining - TimeSpan.FromSeconds(1));
        Assert.True(hello.IsPending);
        Assert.False(h.Discord.Connections[0].Ended);
        h.Discord.SendHello = true;
        var since = h.Time.LastTimerId;
        h.Time.AdvanceTo(hello);
        await h.AdvanceToTimerAsync(t => t.Remaining <= TimeSpan.FromSeconds(2), "the reconnect backoff", since);
        await h.Discord.WaitUntilIdentifiesAsync(1);
        await h.Discord.WaitForConditionAsync(() => h.Discord.Connections[0].Ended, "the silent connection closed");

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
            await h.WaitUntilAsync(() => !h.Bot.Commands.IsEmpty, "the handler was called");
            var clock = System.Diagnostics.Stopwatch.StartNew();

            var stop = h.Host.StopAsync();
            await h.Discord.WaitForConditionAsync(() => h.Discord.Connections[0].Ended, "the gateway closed");
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

    /// <summary>
    /// Lets the heartbeat loop send <paramref name="times"/> beats: each time the bot waits for the next one, the clock
    /// jumps to it; after each beat a round trip makes sure the bot has read the ACK before the next is due.
    /// </summary>
    /// <summary>The heartbeat loop's wait (its first, jittered one too), never another short timer pending beside it.</summary>
    private static bool IsHeartbeatWait(PendingTimer timer) =>
        timer.StartedBy == "GatewayConnection.HeartbeatLoopAsync" && timer.Remaining <= Interval;

    private static async Task BeatAsync(BotHarness h, int times, long startedAfter)
    {
        var connection = h.Discord.Connections[^1].Id;
        var before = h.Discord.Frames.Count(f => f.Op == 1 && !f.Requested && f.ConnectionId == connection);
        for (var i = 1; i <= times; i++)
        {
            var due = await h.AdvanceToTimerAsync(IsHeartbeatWait, $"heartbeat {i}", startedAfter);
            startedAfter = due.Id;
            try
            {
                await h.Discord.WaitForConditionAsync(
                    () => h.Discord.Frames.Count(f => f.Op == 1 && !f.Requested && f.ConnectionId == connection) == before + i,
                    $"heartbeat {i} sent");
            }
            catch (TimeoutException timeout)
            {
                throw new TimeoutException($"{timeout.Message} on connection #{connection} after advancing to {due}; {h.Describe()}", timeout);
            }
            if (h.Discord.AckHeartbeats)
            {
                await h.Discord.RoundTripAsync();
            }
        }
    }
}
