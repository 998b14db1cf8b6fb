using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

public sealed class RateLimitTests
{
    private static bool IsChannelPost(string method, string path) =>
        method == "POST" && path == $"/channels/{DiscordPayloadFactory.ChannelId}/messages";

    private static bool IsChannelPost(RecordedRequest r) => IsChannelPost(r.Method, r.Path);

    [Fact]
    public async Task Rate_limited_request_is_retried_only_after_retry_after()
    {
        await using var h = await BotHarness.StartAsync(fake: f => f.Script(ScriptedResponse.RateLimited(IsChannelPost, 1.5)));
        var since = h.Time.LastTimerId;

        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "hi", directMessage: true));
        var limited = await h.Discord.WaitForRequestAsync(IsChannelPost);
        var retry = await h.Time.WaitForTimerAsync(t => t.Remaining <= TimeSpan.FromSeconds(1.5), "the wait before retrying", since);

        // A moment before retry_after is over the bot is still waiting: one request so far.
        h.Time.Advance(retry.Remaining - TimeSpan.FromMilliseconds(100));
        Assert.True(retry.IsPending);
        Assert.Single(h.Discord.Requests, IsChannelPost);
        h.Time.AdvanceTo(retry);
        var retried = await h.Discord.WaitForRequestAsync(r => IsChannelPost(r) && r.Status == 200);

        Assert.Equal(429, limited.Status);
        Assert.Equal(TimeSpan.FromSeconds(1.5), retried.At - limited.At);
        Assert.Equal("pong", retried.Json!["content"]!.GetValue<string>());
        Assert.Equal(1, h.Metrics.Total("discord.rest.rate_limit_waits"));
    }

    [Fact]
    public async Task Global_rate_limit_pauses_other_routes_too()
    {
        await using var h = await BotHarness.StartAsync(fake: f => f.Script(ScriptedResponse.RateLimited(IsChannelPost, 2, global: true)));
        var second = DiscordPayloadFactory.ChannelId + 1;
        var since = h.Time.LastTimerId;

        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "hi", directMessage: true));
        var limited = await h.Discord.WaitForRequestAsync(r => r.Status == 429);
        var pause = await h.Time.WaitForTimerAsync(t => t.Remaining <= TimeSpan.FromSeconds(2), "the global pause", since);
        var other = DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "hi again", directMessage: true);
        other["channel_id"] = second.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await h.Discord.DispatchAsync("MESSAGE_CREATE", other);

        // The reply in the other channel is held by the global pause, not sent.
        var held = await h.Time.WaitForTimerAsync(t => t.Remaining <= TimeSpan.FromSeconds(2), "the other route waiting out the pause", pause.Id);
        Assert.Equal(pause.DueAt, held.DueAt);
        Assert.DoesNotContain(h.Discord.Requests, r => r.Path == $"/channels/{second}/messages");
        h.Time.AdvanceTo(held);
        var late = await h.Discord.WaitForRequestAsync(r => r.Path == $"/channels/{second}/messages");

        Assert.Equal(TimeSpan.FromSeconds(2), late.At - limited.At);
        Assert.Equal(200, late.Status);
    }

    [Fact]
    public async Task Bounded_retries_give_up_after_repeated_429s()
    {
        await using var h = await BotHarness.StartAsync(
            settings: s => s["Discord:MaxRequestRetries"] = "2",
            fake: f =>
            {
                for (var i = 0; i < 5; i++)
                {
                    f.Script(ScriptedResponse.RateLimited(IsChannelPost, 1));
                }
            });

        var waited = h.Time.LastTimerId;
        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "hi", directMessage: true));
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var limit = attempt;
            await h.Discord.WaitForConditionAsync(() => h.Discord.Requests.Count(r => r.Status == 429) == limit, $"429 number {limit}");
            waited = (await h.AdvanceToTimerAsync(t => t.Remaining <= TimeSpan.FromSeconds(1), $"retry {attempt}", waited)).Id;
        }

        // The third 429 ends it: the reply is given up and the message counted as failed, so nothing more follows.
        await h.Metrics.WaitForAsync("discord.messages.handled", "error");
        Assert.Equal(3, h.Discord.Requests.Count(IsChannelPost));
        Assert.All(h.Discord.Requests.Where(IsChannelPost), r => Assert.Equal(429, r.Status));
        Assert.DoesNotContain(h.Time.PendingTimers, t => t.Id > waited && t.Remaining <= TimeSpan.FromSeconds(1));
        Assert.Contains(h.Logs.Entries, e => e.Message.Contains("Could not post the reply", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exhausted_bucket_waits_for_its_reset_instead_of_hitting_429()
    {
        var text = string.Join('\n', Enumerable.Range(0, 400).Select(i => $"line {i} with some words"));
        await using var h = await BotHarness.StartAsync(
            fake: f => f.ChannelBucket = (2, 2.0),
            bot: b => b.OnMessage = (_, _, _) => Task.FromResult<Messages.MessageReply?>(Messages.MessageReply.Text(text)));

        var since = h.Time.LastTimerId;

        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "long please", directMessage: true));
        await h.Time.AdvanceUntilAsync(
            () => h.Metrics.Total("discord.messages.handled") == 1,
            t => t.Id > since && t.Remaining <= TimeSpan.FromSeconds(2),
            "every part posted",
            timeout: null,
            h.Metrics.Changes);

        var posts = h.Discord.Requests.Where(IsChannelPost).ToList();
        Assert.True(posts.Count >= 5, $"{posts.Count} posts");
        Assert.All(posts, p => Assert.Equal(200, p.Status));
        Assert.Equal(TimeSpan.FromSeconds(2), posts[2].At - posts[0].At);
        Assert.Equal(TimeSpan.FromSeconds(2), posts[4].At - posts[2].At);
        Assert.Equal(1, h.Metrics.Total("discord.messages.handled", "reply"));
    }
}
