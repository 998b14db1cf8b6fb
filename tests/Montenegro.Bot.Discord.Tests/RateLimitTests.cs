using System.Diagnostics.Metrics;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

public sealed class RateLimitTests
{
    private static bool IsChannelPost(string method, string path) =>
        method == "POST" && path == $"/channels/{DiscordPayloadFactory.ChannelId}/messages";

    [Fact]
    public async Task Rate_limited_request_is_retried_only_after_retry_after()
    {
        await using var h = await BotHarness.StartAsync(fake: f => f.Script(ScriptedResponse.RateLimited(IsChannelPost, 1.5)));
        using var listener = new MeterListener();
        long waits = 0;
        listener.InstrumentPublished = (i, l) =>
        {
            if (i.Meter.Name == DiscordMetrics.MeterName && i.Name == "discord.rest.rate_limit_waits")
            {
                l.EnableMeasurementEvents(i);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref waits, value));
        listener.Start();

        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "hi", directMessage: true));
        var limited = await h.Discord.WaitForRequestAsync(r => IsChannelPost(r.Method, r.Path));
        await FakeDiscord.WaitUntilAsync(() => Interlocked.Read(ref waits) == 1);
        await Task.Delay(50);
        h.Time.Advance(TimeSpan.FromSeconds(1.4));
        await Task.Delay(100);
        Assert.Single(h.Discord.Requests, r => IsChannelPost(r.Method, r.Path));
        var retried = await h.Discord.WaitForRequestAsync(r => IsChannelPost(r.Method, r.Path) && r.Status == 200, eachPoll: h.Tick(20));

        Assert.Equal(429, limited.Status);
        Assert.True(retried.At - limited.At >= TimeSpan.FromSeconds(1.5));
        Assert.Equal("pong", retried.Json!["content"]!.GetValue<string>());
        Assert.Equal(1, Interlocked.Read(ref waits));
    }

    [Fact]
    public async Task Global_rate_limit_pauses_other_routes_too()
    {
        await using var h = await BotHarness.StartAsync(fake: f => f.Script(ScriptedResponse.RateLimited(IsChannelPost, 2, global: true)));
        var second = DiscordPayloadFactory.ChannelId + 1;

        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "hi", directMessage: true));
        await h.Discord.WaitForRequestAsync(r => r.Status == 429);
        await FakeDiscord.WaitUntilAsync(() => h.Logs.Entries.Any(e => e.Message.StartsWith("Rate limited", StringComparison.Ordinal)));
        var other = DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "hi again", directMessage: true);
        other["channel_id"] = second.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await h.Discord.DispatchAsync("MESSAGE_CREATE", other);
        await Task.Delay(150);
        Assert.DoesNotContain(h.Discord.Requests, r => r.Path == $"/channels/{second}/messages");

        var late = await h.Discord.WaitForRequestAsync(r => r.Path == $"/channels/{second}/messages", eachPoll: h.Tick(50));
        var limited = h.Discord.Requests.First(r => r.Status == 429);
        Assert.True(late.At - limited.At >= TimeSpan.FromSeconds(2));
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

        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "hi", directMessage: true));
        await FakeDiscord.WaitUntilAsync(() => h.Discord.Requests.Count(r => r.Status == 429) == 3, eachPoll: h.Tick());
        for (var i = 0; i < 10; i++)
        {
            h.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }

        Assert.Equal(3, h.Discord.Requests.Count(r => IsChannelPost(r.Method, r.Path)));
        Assert.Contains(h.Logs.Entries, e => e.Message.Contains("Could not post the reply", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exhausted_bucket_waits_for_its_reset_instead_of_hitting_429()
    {
        var text = string.Join('\n', Enumerable.Range(0, 400).Select(i => $"line {i} with some words"));
        await using var h = await BotHarness.StartAsync(
            fake: f => f.ChannelBucket = (2, 2.0),
            bot: b => b.OnMessage = (_, _, _) => Task.FromResult<Messages.MessageReply?>(Messages.MessageReply.Text(text)));

        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "long please", directMessage: true));
        await FakeDiscord.WaitUntilAsync(() => h.Discord.Requests.Count(r => IsChannelPost(r.Method, r.Path)) >= 5, eachPoll: h.Tick(50));

        var posts = h.Discord.Requests.Where(r => IsChannelPost(r.Method, r.Path)).ToList();
        Assert.All(posts, p => Assert.Equal(200, p.Status));
        Assert.True(posts[2].At - posts[0].At >= TimeSpan.FromSeconds(2));
        Assert.True(posts[4].At - posts[2].At >= TimeSpan.FromSeconds(2));
    }
}
