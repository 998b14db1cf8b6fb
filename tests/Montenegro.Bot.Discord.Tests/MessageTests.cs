using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

public sealed class MessageTests
{
    private static bool IsChannelPost(RecordedRequest r) =>
        r.Method == "POST" && r.Path == $"/channels/{DiscordPayloadFactory.ChannelId}/messages";

    [Fact]
    public async Task Mention_gets_a_reply_with_message_reference_and_no_mentions()
    {
        await using var h = await BotHarness.StartAsync();
        var id = h.Discord.NextSnowflake();

        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(id, $"<@{h.Discord.BotUserId}> ping", mentions: [h.Discord.BotUserId]));
        var reply = await h.Discord.WaitForRequestAsync(IsChannelPost);

        Assert.Equal(200, reply.Status);
        Assert.Equal("pong", reply.Json!["content"]!.GetValue<string>());
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), reply.Json["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Equal("""{"parse":[]}""", reply.Json["allowed_mentions"]!.ToJsonString());
        Assert.Equal($"Bot {h.Discord.Token}", reply.Header("Authorization"));
        var seen = Assert.Single(h.Bot.Messages);
        Assert.False(seen.IsDirectMessage);
        Assert.True(seen.Mentions(h.Discord.BotUserId));
    }

    [Fact]
    public async Task Messages_from_bots_webhooks_itself_and_without_text_never_reach_the_handler()
    {
        await using var h = await BotHarness.StartAsync();
        var mention = new[] { h.Discord.BotUserId };
        var sentinel = h.Discord.NextSnowflake();

        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "hi bot", authorIsBot: true, mentions: mention));
        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "hi hook", webhookId: 42, mentions: mention));
        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "my own words", authorId: h.Discord.BotUserId, mentions: mention));
        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "   ", mentions: mention));
        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(sentinel, "a DM", directMessage: true));
        await h.Discord.WaitForRequestAsync(IsChannelPost);

        // The bot read the others before the DM; stopping finishes whatever it started for them.
        await h.Host.StopAsync();

        var only = Assert.Single(h.Bot.Messages);
        Assert.Equal(sentinel, only.Id);
        Assert.True(only.IsDirectMessage);
        Assert.Single(h.Discord.Requests, IsChannelPost);
    }

    [Fact]
    public async Task Duplicate_message_delivery_is_answered_once()
    {
        await using var h = await BotHarness.StartAsync();
        var id = h.Discord.NextSnowflake();
        var sentinel = h.Discord.NextSnowflake();

        await h.Discord.DispatchTwiceAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(id, "hello", directMessage: true));
        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(sentinel, "second", directMessage: true));
        await h.Discord.WaitForConditionAsync(() => h.Discord.Requests.Count(IsChannelPost) >= 2, "two replies");

        // Stopping finishes whatever the bot started, the repeated delivery included: nothing can come after.
        await h.Host.StopAsync();

        Assert.Equal(2, h.Discord.Requests.Count(IsChannelPost));
        Assert.Equal(2, h.Bot.Messages.Count);
    }

    [Fact]
    public async Task Handler_returning_null_sends_nothing_and_a_throwing_handler_gets_a_short_error_reply()
    {
        await using var h = await BotHarness.StartAsync(bot: b => b.OnMessage = (m, _, _) =>
            m.Content == "boom" ? throw new InvalidOperationException("kaboom") : Task.FromResult<MessageReply?>(null));

        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "quiet", directMessage: true));
        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "boom", directMessage: true));
        var reply = await h.Discord.WaitForRequestAsync(IsChannelPost);

        // Each message is counted once handled to the end, reply or not.
        await h.Metrics.WaitForAsync("discord.messages.handled", atLeast: 2);
        Assert.Equal(1, h.Metrics.Total("discord.messages.handled", "none"));
        Assert.Equal(1, h.Metrics.Total("discord.messages.handled", "error"));

        Assert.Single(h.Discord.Requests, IsChannelPost);
        Assert.Contains("try again", reply.Json!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(h.Logs.Entries, e => e.Exception?.Contains("kaboom", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Long_message_reply_is_split_into_several_messages_within_limits_and_only_the_first_is_a_reply()
    {
        var text = string.Join('\n', Enumerable.Range(0, 400).Select(i => $"line {i} with some words"));
        await using var h = await BotHarness.StartAsync(bot: b => b.OnMessage = (_, _, _) => Task.FromResult<MessageReply?>(MessageReply.Text(text)));

        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "long please", directMessage: true));
        await h.Metrics.WaitForAsync("discord.messages.handled", "reply");

        var posts = h.Discord.Requests.Where(IsChannelPost).ToList();
        Assert.Empty(h.Discord.LimitViolations);
        Assert.All(posts, p => Assert.True(p.Json!["content"]!.GetValue<string>().Length <= 2000));
        Assert.NotNull(posts[0].Json!["message_reference"]);
        Assert.All(posts.Skip(1), p => Assert.Null(p.Json!["message_reference"]));
        Assert.Equal(text, string.Join('\n', posts.Select(p => p.Json!["content"]!.GetValue<string>())));
    }
}
