using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Moq;
using Montenegro.Bot.Discord;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Tests;

/// <summary>The free-text token buckets: a burst per user, a cap per channel, ⏳ and a later answer over the limit, never silence.</summary>
[Collection(EngineCollection.Name)]
public sealed class FreeTextFairnessTests(EngineFixture fixture)
{
    private const ulong BotId = 42;
    private static readonly BotIdentity Self = new(BotId, "montenegro-bot", 1);
    private readonly TrackingTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentQueue<(string Call, ulong Message, string Emoji)> _reactions = new();
    private readonly ChangeSignal _reacted = new();
    private ulong _nextId = 1000;

    private FreeTextMessageHandler Handler(int burst = 3, int cooldown = 10, int maxWait = 30, int channelPerSecond = 40, int channelBurst = 40)
    {
        var rest = new Mock<IDiscordRestClient>();
        rest.Setup(r => r.AddReactionAsync(It.IsAny<ulong>(), It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((ulong _, ulong message, string emoji, CancellationToken _) => Record("add", message, emoji));
        rest.Setup(r => r.RemoveOwnReactionAsync(It.IsAny<ulong>(), It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((ulong _, ulong message, string emoji, CancellationToken _) => Record("remove", message, emoji));
        var options = new FreeTextOptions { Burst = burst, CooldownSeconds = cooldown, MaxWaitSeconds = maxWait, ChannelAnswersPerSecond = channelPerSecond, ChannelBurst = channelBurst };
        return new FreeTextMessageHandler(fixture.State, Options.Create(options), _time, rest.Object);
    }

    private Task Record(string call, ulong message, string emoji)
    {
        _reactions.Enqueue((call, message, emoji));
        _reacted.Pulse();
        return Task.CompletedTask;
    }

    private DiscordMessage Mention(string question, ulong user = 100, ulong channel = 5) => new()
    {
        Id = Interlocked.Increment(ref _nextId),
        ChannelId = channel,
        GuildId = 9,
        AuthorId = user,
        Content = $"<@{BotId}> {question}",
        MentionUserIds = [BotId],
    };

    [Fact]
    public async Task Three_quick_questions_from_one_user_are_all_answered_at_once()
    {
        var handler = Handler();

        var answers = new[]
        {
            await handler.HandleMessageAsync(Mention("When did Russia recognise Montenegro?"), Self, CancellationToken.None),
            await handler.HandleMessageAsync(Mention("When did Montenegro join NATO?"), Self, CancellationToken.None),
            await handler.HandleMessageAsync(Mention("When did China recognise Montenegro?"), Self, CancellationToken.None),
        };

        Assert.All(answers, a => Assert.NotEmpty(a!.Embeds));
        Assert.Contains("11 June 2006", answers[0]!.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Contains("14 June", answers[2]!.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Empty(_reactions);
    }

    [Fact]
    public async Task A_fourth_quick_question_gets_an_hourglass_and_is_answered_when_a_token_frees()
    {
        var handler = Handler();
        for (var i = 0; i < 3; i++)
        {
            await handler.HandleMessageAsync(Mention("When did Russia recognise Montenegro?"), Self, CancellationToken.None);
        }

        var fourth = Mention("When did the UK recognise Montenegro?");
        var timersBefore = _time.LastTimerId;
        var answering = handler.HandleMessageAsync(fourth, Self, CancellationToken.None);
        await ChangeSignal.WaitUntilAsync(() => _reactions.Any(r => r is ("add", _, "⏳")), "the ⏳ reaction", null, _reacted);
        var turn = await _time.WaitForTimerAsync(t => t.Remaining == TimeSpan.FromSeconds(10), "the question's turn", timersBefore);

        Assert.False(answering.IsCompleted);
        _time.AdvanceTo(turn);
        var reply = await answering;

        Assert.Contains("13 June", reply!.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Contains(("add", fourth.Id, "⏳"), _reactions);
        Assert.Contains(("remove", fourth.Id, "⏳"), _reactions);
    }

    [Fact]
    public async Task A_question_whose_turn_is_too_far_off_gets_a_notice_and_a_flood_gets_reactions_not_notices()
    {
        var handler = Handler(burst: 1, cooldown: 60, maxWait: 30);
        var first = await handler.HandleMessageAsync(Mention("When did Russia recognise Montenegro?"), Self, CancellationToken.None);
        var second = await handler.HandleMessageAsync(Mention("When did the UK recognise Montenegro?"), Self, CancellationToken.None);
        var third = Mention("When did China recognise Montenegro?");
        var thirdReply = await handler.HandleMessageAsync(third, Self, CancellationToken.None);

        Assert.NotEmpty(first!.Embeds);
        Assert.Contains("ask again in 60 s", second!.Content, StringComparison.Ordinal);
        Assert.Null(thirdReply);
        Assert.Contains(("add", third.Id, "✋"), _reactions);

        _time.Advance(TimeSpan.FromSeconds(60));
        var later = await handler.HandleMessageAsync(Mention("When did China recognise Montenegro?"), Self, CancellationToken.None);
        Assert.Contains("14 June", later!.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_busy_channel_is_capped_while_another_channel_is_answered_at_once()
    {
        var handler = Handler(channelPerSecond: 1, channelBurst: 2, maxWait: 0);

        var busy = new List<string?>();
        for (var user = 1UL; user <= 3; user++)
        {
            busy.Add((await handler.HandleMessageAsync(Mention("When did Russia recognise Montenegro?", user: user, channel: 5), Self, CancellationToken.None))?.Content);
        }

        var elsewhere = await handler.HandleMessageAsync(Mention("When did Russia recognise Montenegro?", user: 4, channel: 6), Self, CancellationToken.None);

        Assert.Null(busy[0]);
        Assert.Null(busy[1]);
        Assert.Contains("ask again in 1 s", busy[2], StringComparison.Ordinal);
        Assert.NotEmpty(elsewhere!.Embeds);
    }
}
