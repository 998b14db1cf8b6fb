using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Charts;
using Montenegro.Bot.Discord.Components;
using Montenegro.Bot.Discord.FreeText;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Frames;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Discord;

/// <summary>
/// Answers plain messages: those that mention the bot, direct messages, replies to the bot's answers that ask something (follow-ups to
/// them), messages in threads started from its answers when they mention it, and question-like messages in the
/// configured channels. Answers are cards with buttons (<see cref="AnswerCard"/>); trend questions carry the poll chart.
/// Each user has a token bucket (a burst, then one question per interval) and each channel a cap; over a limit the
/// message gets ⏳ and is answered when its turn comes, or, when that is too far off, a short notice. Never silence.
/// The Discord layer has already dropped bots, webhooks and empty messages.
/// </summary>
public sealed partial class FreeTextMessageHandler : IMessageHandler
{
    /// <summary>The reaction on a question that will be answered when its turn comes.</summary>
    public const string WaitingReaction = "⏳";

    /// <summary>The reaction on a question refused again after the asker was told to slow down.</summary>
    public const string RefusedReaction = "✋";

    private static readonly string[] QuestionStarts =
        ["who", "what", "when", "where", "which", "why", "how", "did", "does", "do", "is", "are", "was", "were", "has", "have", "can", "could", "tell"];

    private static readonly MessageReply Blank = AnswerCard.For(new Answer(false, "help", "Ask me something",
        "Ask me about Montenegro's foreign relations, e.g. \"When did Russia recognise Montenegro?\", or type /help.", [], [], [])).ToMessageReply();

    private readonly KnowledgeState _knowledge;
    private readonly IOptions<FreeTextOptions> _options;
    private readonly TimeProvider _time;
    private readonly IDiscordRestClient? _rest;
    private readonly PollChartService? _charts;
    private readonly ILogger<FreeTextMessageHandler>? _logger;
    private readonly ConversationLocator _conversations;
    private readonly RepeatedQuestionCache _cache = new();
    private readonly Lazy<QuestionRateLimiter> _limiter;
    private volatile MentionTexts? _mentionTexts;

    /// <summary>Creates the handler.</summary>
    /// <param name="knowledge">The engine, once loaded.</param>
    /// <param name="options">Which messages to answer, and the limits.</param>
    /// <param name="time">The clock of the limits and waits.</param>
    /// <param name="rest">REST, for the ⏳ reaction and thread starters; without it there are neither.</param>
    /// <param name="charts">Poll charts for trend answers; without it they go without.</param>
    /// <param name="logger">The log.</param>
    /// <param name="conversationLogger">The log of thread lookups.</param>
    public FreeTextMessageHandler(
        KnowledgeState knowledge,
        IOptions<FreeTextOptions> options,
        TimeProvider time,
        IDiscordRestClient? rest = null,
        PollChartService? charts = null,
        ILogger<FreeTextMessageHandler>? logger = null,
        ILogger<ConversationLocator>? conversationLogger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _knowledge = knowledge;
        _options = options;
        _time = time;
        _rest = rest;
        _charts = charts;
        _logger = logger;
        _conversations = new ConversationLocator(rest, conversationLogger);
        _limiter = new Lazy<QuestionRateLimiter>(() =>
        {
            var o = options.Value;
            return new QuestionRateLimiter(time, o.Burst, TimeSpan.FromSeconds(o.CooldownSeconds), o.ChannelBurst, o.ChannelAnswersPerSecond, TimeSpan.FromSeconds(o.MaxWaitSeconds));
        });
    }

    /// <inheritdoc />
    public async Task<MessageReply?> HandleMessageAsync(DiscordMessage message, BotIdentity self, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(self);
        var settings = _options.Value;
        if (!settings.Enabled || !IsForMe(message, self, settings, out var mentioned))
        {
            return null;
        }

        var text = mentioned || message.Content.Contains("<@", StringComparison.Ordinal) ? UserMention().Replace(message.Content, " ").Trim() : message.Content.Trim();
        var admission = _limiter.Value.Admit(message.AuthorId, message.ChannelId);
        switch (admission.Kind)
        {
            case AdmissionKind.Refused when admission.FirstRefusal:
                return MessageReply.Text($"You're asking faster than I can answer: ask again in {Seconds(admission.Wait)} s.");
            case AdmissionKind.Refused:
                await ReactAsync(message, RefusedReaction, remove: false, ct).ConfigureAwait(false);
                return null;
            case AdmissionKind.Later:
                await ReactAsync(message, WaitingReaction, remove: false, ct).ConfigureAwait(false);
                await Task.Delay(admission.Wait, _time, ct).ConfigureAwait(false);
                var reply = await AnswerAsync(message, self, text, ct).ConfigureAwait(false);
                await ReactAsync(message, WaitingReaction, remove: true, ct).ConfigureAwait(false);
                return reply;
            default:
                return await AnswerAsync(message, self, text, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Whether a message in a listed channel is a question for the bot rather than chat.</summary>
    public static bool LooksLikeQuestion(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 8)
        {
            return false;
        }

        if (trimmed[^1] == '?')
        {
            return true;
        }

        var space = trimmed.IndexOf(' ');
        var first = space < 0 ? trimmed : trimmed[..space];
        foreach (var start in QuestionStarts)
        {
            if (first.Equals(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A reply to an answer is for the bot when it asks something ("and Russia", "why?"); a reply that pings the bot is
    // caught by the mention already. Other replies ("thanks, nice") are people talking about the answer.
    private static bool LooksLikeFollowUp(string content) =>
        content.Contains('?', StringComparison.Ordinal) || content.TrimStart().StartsWith("and ", StringComparison.OrdinalIgnoreCase) || LooksLikeQuestion(content);

    // Cheap checks first: most messages a busy server sends are for someone else and cost no more than this.
    private bool IsForMe(DiscordMessage message, BotIdentity self, FreeTextOptions settings, out bool mentioned)
    {
        mentioned = message.Mentions(self.UserId) || MentionsInText(message.Content, self.UserId);
        return mentioned
            || message.IsDirectMessage
            || (message.IsReplyTo(self.UserId) && LooksLikeFollowUp(message.Content))
            || (message.GuildId is not null && settings.Channels.Count > 0 && settings.Channels.Contains(message.ChannelId) && LooksLikeQuestion(message.Content));
    }

    private async Task<MessageReply> AnswerAsync(DiscordMessage message, BotIdentity self, string text, CancellationToken ct)
    {
        var engine = await _knowledge.WhenReadyAsync(ct).ConfigureAwait(false);
        if (QuestionText.IsBlank(text))
        {
            return Blank;
        }

        var followed = await _conversations.FindAsync(message, self, ct).ConfigureAwait(false);
        if (followed is not null)
        {
            return await CardAsync(engine, engine.Ask(text, followed.Conversation(engine)), ct).ConfigureAwait(false);
        }

        // A question asked before with no conversation is answered from the cache: no engine, no embedding, no rendering.
        if (_cache.TryGet(engine, text, out var cached))
        {
            return cached;
        }

        var answer = engine.Ask(text, Conversation.Empty);
        var chart = WantsChart(answer) ? await ChartAsync(engine, answer, ct).ConfigureAwait(false) : null;
        var reply = AnswerCard.For(answer, chart: chart).ToMessageReply();

        // A chart not ready in time is left off this answer only.
        if (chart is not null || !WantsChart(answer))
        {
            _cache.Remember(engine, text, reply);
        }

        return reply;
    }

    private async Task<MessageReply> CardAsync(AnswerEngine engine, Answer answer, CancellationToken ct)
    {
        var chart = WantsChart(answer) ? await ChartAsync(engine, answer, ct).ConfigureAwait(false) : null;
        return AnswerCard.For(answer, chart: chart).ToMessageReply();
    }

    // Trend questions ("how did support change?") are answered with the chart itself; other poll answers offer a button.
    private bool WantsChart(Answer answer) => _charts is not null && answer.Answered && answer.Turn?.Frame.Intent == Intent.Trend;

    private async Task<ChartImage?> ChartAsync(AnswerEngine engine, Answer answer, CancellationToken ct) =>
        _charts is null ? null : await _charts.GetPollChartAsync(engine.Knowledge, answer.Turn?.Frame.PollsterId, ct).ConfigureAwait(false);

    private async Task ReactAsync(DiscordMessage message, string emoji, bool remove, CancellationToken ct)
    {
        if (_rest is null)
        {
            return;
        }

        try
        {
            if (remove)
            {
                await _rest.RemoveOwnReactionAsync(message.ChannelId, message.Id, emoji, ct).ConfigureAwait(false);
            }
            else
            {
                await _rest.AddReactionAsync(message.ChannelId, message.Id, emoji, ct).ConfigureAwait(false);
            }
        }
        catch (DiscordRestException e)
        {
            // No permission to react (or the message is gone): the answer or notice still comes.
            if (_logger is not null)
            {
                LogReactionFailed(_logger, message.Id, e.Code);
            }
        }
    }

    private static string Seconds(TimeSpan wait) => Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    // The mention list normally says it; the text is the fallback when a payload leaves the list out.
    private bool MentionsInText(string content, ulong userId)
    {
        if (!content.Contains("<@", StringComparison.Ordinal))
        {
            return false;
        }

        var texts = _mentionTexts;
        if (texts is null || texts.UserId != userId)
        {
            texts = new MentionTexts(userId, $"<@{userId}>", $"<@!{userId}>");
            _mentionTexts = texts;
        }

        return content.Contains(texts.Plain, StringComparison.Ordinal) || content.Contains(texts.Nick, StringComparison.Ordinal);
    }

    private sealed record MentionTexts(ulong UserId, string Plain, string Nick);

    [GeneratedRegex(@"<@!?\d+>")]
    private static partial Regex UserMention();

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not react to message {MessageId} (Discord code {Code}); answering without the reaction")]
    private static partial void LogReactionFailed(ILogger logger, ulong messageId, int? code);
}
