using Microsoft.Extensions.DependencyInjection;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Rest;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>Routes Discord reports in one <c>X-RateLimit-Bucket</c> share a limit per major parameter; token routes learn theirs per token.</summary>
public sealed class RateLimitBucketTests
{
    private const ulong Channel = DiscordPayloadFactory.ChannelId;
    private const ulong OtherChannel = Channel + 1;
    private const ulong Message = 1_310_000_000_000_000_700;

    private static void ReactionBucket(FakeDiscord discord) =>
        discord.AddBucket("reactions", (_, path) => path.Contains("/reactions/", StringComparison.Ordinal), path => path.Split('/')[2], limit: 1, resetAfterSeconds: 10);

    private static async Task LearnBothReactionRoutesAsync(ComponentHarness h, IDiscordRestClient rest)
    {
        await rest.AddReactionAsync(Channel, Message, "⏳", CancellationToken.None);
        h.Time.Advance(TimeSpan.FromSeconds(10));
        await rest.RemoveOwnReactionAsync(Channel, Message, "⏳", CancellationToken.None);
        h.Time.Advance(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Routes_in_one_bucket_wait_for_each_other_instead_of_running_into_a_429()
    {
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway);
        ReactionBucket(h.Discord);
        var rest = h.Services.GetRequiredService<IDiscordRestClient>();
        await LearnBothReactionRoutesAsync(h, rest);

        var since = h.Time.LastTimerId;
        await rest.AddReactionAsync(Channel, Message, "⏳", CancellationToken.None);
        var removing = rest.RemoveOwnReactionAsync(Channel, Message, "⏳", CancellationToken.None);
        h.Time.AdvanceTo(await h.Time.WaitForTimerAsync(t => t.Remaining <= TimeSpan.FromSeconds(10), "the shared bucket's reset", since));
        await removing.WaitAsync(TimeSpan.FromSeconds(10));

        var reactions = h.Discord.Requests.Where(r => r.Path.Contains("/reactions/", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(reactions, r => r.Status == 429);
        Assert.Equal(4, reactions.Count);
        Assert.True(reactions[3].At - reactions[2].At >= TimeSpan.FromSeconds(10), $"second route waited only {reactions[3].At - reactions[2].At}");
    }

    [Fact]
    public async Task Shared_bucket_stays_separate_per_channel()
    {
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway);
        ReactionBucket(h.Discord);
        var rest = h.Services.GetRequiredService<IDiscordRestClient>();
        await LearnBothReactionRoutesAsync(h, rest);

        await rest.AddReactionAsync(Channel, Message, "⏳", CancellationToken.None);

        // The clock stands still: this completes only if the other channel is not held by the first one's bucket.
        await rest.RemoveOwnReactionAsync(OtherChannel, Message, "⏳", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(h.Discord.Requests, r => r.Status == 429);
    }

    [Fact]
    public async Task Follow_ups_learn_their_limit_per_interaction_token()
    {
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway);
        h.Discord.AddBucket("webhook", (method, path) => method == "POST" && path.StartsWith("/webhooks/", StringComparison.Ordinal), path => path.Split('/')[3], limit: 1, resetAfterSeconds: 5);
        var rest = h.Services.GetRequiredService<IDiscordRestClient>();
        var (first, second) = (DiscordPayloadFactory.TokenFor(1), DiscordPayloadFactory.TokenFor(2));
        h.Discord.AcknowledgeInline(first);
        h.Discord.AcknowledgeInline(second);
        var app = h.Discord.ApplicationId;

        var since = h.Time.LastTimerId;
        await rest.CreateFollowupMessageAsync(app, first, new OutgoingMessage { Content = "one" }, CancellationToken.None);
        var again = rest.CreateFollowupMessageAsync(app, first, new OutgoingMessage { Content = "two" }, CancellationToken.None);
        await rest.CreateFollowupMessageAsync(app, second, new OutgoingMessage { Content = "other token" }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        h.Time.AdvanceTo(await h.Time.WaitForTimerAsync(t => t.Remaining <= TimeSpan.FromSeconds(5), "the token's bucket reset", since));
        await again.WaitAsync(TimeSpan.FromSeconds(10));

        var posts = h.Discord.Requests.Where(r => r.Method == "POST" && r.Path.StartsWith("/webhooks/", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(posts, r => r.Status == 429);
        var sameToken = posts.Where(r => r.Path.EndsWith(first, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, sameToken.Count);
        Assert.True(sameToken[1].At - sameToken[0].At >= TimeSpan.FromSeconds(5));
        Assert.Equal(posts[0].At, posts.Single(r => r.Path.EndsWith(second, StringComparison.Ordinal)).At);
    }

    [Fact]
    public async Task Reaction_emoji_reaches_discord_url_encoded_in_the_path()
    {
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway);
        var rest = h.Services.GetRequiredService<IDiscordRestClient>();

        await rest.AddReactionAsync(Channel, Message, "⏳", CancellationToken.None);
        await rest.AddReactionAsync(Channel, Message, "hourglass:1234567890", CancellationToken.None);

        var puts = h.Discord.Requests.Where(r => r.Method == "PUT" && r.Path.Contains("/reactions/", StringComparison.Ordinal)).ToList();
        Assert.Equal($"/channels/{Channel}/messages/{Message}/reactions/⏳/@me", puts[0].Path);
        Assert.Equal($"/channels/{Channel}/messages/{Message}/reactions/hourglass:1234567890/@me", puts[1].Path);
        Assert.All(puts, p => Assert.Equal(204, p.Status));
        Assert.All(puts, p => Assert.Equal("Bot " + h.Discord.Token, p.Header("Authorization")));
        await Assert.ThrowsAsync<ArgumentException>(() => rest.AddReactionAsync(Channel, Message, " ", CancellationToken.None));
    }
}
