using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Discord;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Tests;

[Collection(EngineCollection.Name)]
public sealed class FreeTextMessageHandlerTests(EngineFixture fixture)
{
    private const ulong BotId = 42;
    private const ulong ListedChannel = 7;
    private static readonly BotIdentity Self = new(BotId, "montenegro-bot", 1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    private FreeTextMessageHandler Handler(int cooldown = 10, bool enabled = true) =>
        new(fixture.State, Options.Create(new FreeTextOptions { Enabled = enabled, Channels = [ListedChannel], CooldownSeconds = cooldown, Burst = 1, MaxWaitSeconds = 0 }), _time);

    private static DiscordMessage Message(string content, ulong user = 100, ulong channel = 5, bool dm = false, bool mention = false) => new()
    {
        Id = (ulong)Random.Shared.NextInt64(1, long.MaxValue),
        ChannelId = channel,
        GuildId = dm ? null : 9,
        AuthorId = user,
        Content = content,
        MentionUserIds = mention ? [BotId] : [],
    };

    [Fact]
    public async Task A_mention_is_answered_without_the_mention_text()
    {
        var reply = await Handler().HandleMessageAsync(Message($"<@{BotId}> When did Russia recognise Montenegro?", mention: true), Self, CancellationToken.None);
        Assert.NotNull(reply);
        Assert.Contains("11 June 2006", reply.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_direct_message_is_answered()
    {
        var reply = await Handler().HandleMessageAsync(Message("When did the UK recognise Montenegro?", dm: true), Self, CancellationToken.None);
        Assert.Contains("13 June", reply!.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ordinary_chat_in_an_unlisted_channel_is_ignored()
    {
        Assert.Null(await Handler().HandleMessageAsync(Message("When did Russia recognise Montenegro?"), Self, CancellationToken.None));
    }

    [Fact]
    public async Task In_a_listed_channel_questions_are_answered_and_chat_is_not()
    {
        var handler = Handler(cooldown: 0);
        Assert.NotNull(await handler.HandleMessageAsync(Message("When did Montenegro join NATO?", channel: ListedChannel), Self, CancellationToken.None));
        Assert.Null(await handler.HandleMessageAsync(Message("lol nice one", user: 101, channel: ListedChannel), Self, CancellationToken.None));
    }

    [Fact]
    public async Task Over_the_limit_a_question_far_off_is_told_when_to_ask_again_not_left_in_silence()
    {
        var handler = new FreeTextMessageHandler(fixture.State, Options.Create(new FreeTextOptions { Channels = [ListedChannel], CooldownSeconds = 10, Burst = 1, MaxWaitSeconds = 0 }), _time);
        var question = () => Message("When did Russia recognise Montenegro?", dm: true);

        var first = await handler.HandleMessageAsync(question(), Self, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(3));
        var notice = await handler.HandleMessageAsync(question(), Self, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(8));
        var again = await handler.HandleMessageAsync(question(), Self, CancellationToken.None);

        Assert.NotEmpty(first!.Embeds);
        Assert.Contains("ask again in 7 s", notice!.Content, StringComparison.Ordinal);
        Assert.NotEmpty(again!.Embeds);
    }

    [Fact]
    public async Task Cooldown_is_per_user()
    {
        var handler = Handler(cooldown: 10);
        await handler.HandleMessageAsync(Message("When did Russia recognise Montenegro?", user: 1, dm: true), Self, CancellationToken.None);
        var other = await handler.HandleMessageAsync(Message("When did Russia recognise Montenegro?", user: 2, dm: true), Self, CancellationToken.None);
        Assert.NotEmpty(other!.Embeds);
    }

    [Fact]
    public async Task A_bare_mention_gets_a_hint()
    {
        var reply = await Handler().HandleMessageAsync(Message($"<@{BotId}>", mention: true), Self, CancellationToken.None);
        Assert.Contains("/help", reply!.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_answered_when_free_text_is_off()
    {
        Assert.Null(await Handler(enabled: false).HandleMessageAsync(Message("When?", dm: true, mention: true), Self, CancellationToken.None));
    }
}
