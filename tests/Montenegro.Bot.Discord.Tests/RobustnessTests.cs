using System.Text;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

public sealed class RobustnessTests
{
    [Fact]
    public async Task A_handler_that_blocks_its_thread_does_not_stall_the_gateway()
    {
        using var block = new ManualResetEventSlim();
        await using var h = await BotHarness.StartAsync(bot: b => b.OnCommand = (_, _) =>
        {
            block.Wait(TimeSpan.FromSeconds(20));
            return Task.FromResult(InteractionReply.Text("unblocked"));
        });
        try
        {
            var id = h.Discord.NextSnowflake();
            var since = h.Time.LastTimerId;
            await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "x")));
            await h.WaitUntilAsync(() => !h.Bot.Commands.IsEmpty, "the handler is blocking its thread");

            // The receive loop still answers at once, and the deferral still goes out on time.
            await h.Discord.RoundTripAsync(TimeSpan.FromSeconds(2));
            await h.AdvanceToTimerAsync(t => t.Remaining <= TimeSpan.FromSeconds(2), "the deferral threshold", since);
            var deferral = await h.Discord.WaitForRequestAsync(r => r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal), TimeSpan.FromSeconds(2));

            Assert.Equal(5, deferral.Json!["type"]!.GetValue<int>());
        }
        finally
        {
            block.Set();
        }
    }

    [Fact]
    public async Task Attachments_are_uploaded_as_multipart_with_matching_ids()
    {
        await using var h = await BotHarness.StartAsync(bot: b => b.OnCommand = (_, _) => Task.FromResult(new InteractionReply
        {
            Content = "report attached",
            Attachments = [new FileAttachment("report.txt", Encoding.UTF8.GetBytes("hello file"), "daily report", "text/plain")],
            Embeds = [new Embed { Title = "see file", ImageUrl = "attachment://report.txt" }],
        }));
        var id = h.Discord.NextSnowflake();

        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "x")));
        var callback = await h.Discord.WaitForRequestAsync(r => r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal));

        Assert.StartsWith("multipart/form-data", callback.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal(["files[0]:report.txt"], callback.FileNames);
        var attachment = callback.Json!["data"]!["attachments"]![0]!;
        Assert.Equal(0, attachment["id"]!.GetValue<int>());
        Assert.Equal("report.txt", attachment["filename"]!.GetValue<string>());
        Assert.Equal("daily report", attachment["description"]!.GetValue<string>());
        Assert.Equal("""{"parse":[]}""", callback.Json["data"]!["allowed_mentions"]!.ToJsonString());
    }

    [Fact]
    public async Task Failed_connections_back_off_exponentially_with_jitter_up_to_the_cap()
    {
        await using var h = await BotHarness.StartAsync(
            settings: s => s["Discord:MaxReconnectDelay"] = "00:00:05",
            fake: f => f.CloseOnIdentify = 4000,
            waitForReady: false);

        // Between connections the bot waits on its backoff timer alone: jump to it each time.
        await h.Time.AdvanceUntilAsync(
            () => h.Discord.Frames.Count(f => f.Op == 2) >= 6,
            t => t.Remaining <= TimeSpan.FromSeconds(5) && h.Discord.Connections.All(c => c.Ended),
            "6 IDENTIFYs",
            TimeSpan.FromSeconds(20),
            h.Discord.Changes);

        var times = h.Discord.Frames.Where(f => f.Op == 2).Select(f => f.At).ToList();
        var gaps = times.Zip(times.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
        Assert.True(gaps.Count == 5, string.Join(", ", gaps));
        Assert.InRange(gaps[0], 1.0, 2.0);
        Assert.InRange(gaps[1], 2.0, 4.0);
        Assert.InRange(gaps[2], 2.5, 5.0);
        Assert.All(gaps, g => Assert.True(g <= 5.0, $"gap {g} s exceeds the 5 s cap"));
        Assert.False(h.State.IsReady);
    }

    [Fact]
    public async Task Resumable_invalid_session_resumes_on_a_new_connection()
    {
        await using var h = await BotHarness.StartAsync();
        var session = h.Discord.CurrentSessionId;
        var since = h.Time.LastTimerId;

        await h.Discord.SendInvalidSessionAsync(resumable: true);
        await h.AdvanceToTimerAsync(t => t.Remaining <= TimeSpan.FromSeconds(1), "the reconnect backoff", since);
        var resume = await h.Discord.WaitForFrameAsync(f => f.Op == 6);

        Assert.Equal(session, resume.Data!["session_id"]!.GetValue<string>());
        Assert.Single(h.Discord.Frames, f => f.Op == 2);
    }

    [Fact]
    public async Task Autocomplete_handler_failure_answers_with_no_choices()
    {
        await using var h = await BotHarness.StartAsync(bot: b => b.OnAutocomplete = (_, _) => throw new InvalidOperationException("no index"));
        var id = h.Discord.NextSnowflake();

        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.Autocomplete(h.Discord, id, "city", "name", "x"));
        var callback = await h.Discord.WaitForRequestAsync(r => r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal));

        Assert.Equal(8, callback.Json!["type"]!.GetValue<int>());
        Assert.Empty(callback.Json["data"]!["choices"]!.AsArray());
    }

    [Fact]
    public async Task Malformed_gateway_payloads_are_ignored_and_the_connection_keeps_working()
    {
        await using var h = await BotHarness.StartAsync();

        await h.Discord.SendRawAsync("this is not json");
        await h.Discord.SendRawAsync("""{"op":0,"s":2,"t":"INTERACTION_CREATE","d":{"bogus":true}}""");
        await h.Discord.SendRawAsync("""{"op":0,"s":3,"t":"MESSAGE_CREATE","d":{"id":"1"}}""");
        var id = h.Discord.NextSnowflake();
        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "still here")));
        var callback = await h.Discord.WaitForRequestAsync(r => r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal));

        Assert.Equal("echo: still here", callback.Json!["data"]!["content"]!.GetValue<string>());
        Assert.Single(h.Discord.Connections);
        Assert.Contains(h.Logs.Entries, e => e.Message.Contains("malformed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Server_errors_on_gateway_discovery_are_retried_with_backoff()
    {
        await using var h = await BotHarness.StartAsync(
            fake: f =>
            {
                for (var i = 0; i < 5; i++)
                {
                    f.Script(new ScriptedResponse((m, p) => p == "/gateway/bot", 502, """{"message":"bad gateway","code":0}""", new Dictionary<string, string>()));
                }
            },
            waitForReady: false);

        // Until the gateway URL is known there is no connection, and every timer is a retry backoff.
        await h.Time.AdvanceUntilAsync(
            () => h.Discord.Connections.Count > 0,
            t => h.Discord.Connections.Count == 0,
            "a connection after the retries",
            TimeSpan.FromSeconds(15),
            h.Discord.Changes);
        await h.Discord.WaitForSessionAsync();

        Assert.Equal(6, h.Discord.Requests.Count(r => r.Path == "/gateway/bot"));
        Assert.Equal(5, h.Discord.Requests.Count(r => r.Status == 502));
        Assert.Null(h.State.FatalError);
    }
}
