using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Discord;

/// <summary>
/// Answers plain messages: those that mention the bot, direct messages, and question-like messages in
/// the configured channels. Each user waits a cooldown between answers and is told so at most once.
/// The Discord layer has already dropped bots, webhooks and empty messages.
/// </summary>
public sealed partial class FreeTextMessageHandler(
    KnowledgeState knowledge,
    IOptions<FreeTextOptions> options,
    TimeProvider time) : IMessageHandler
{
    private static readonly string[] QuestionStarts =
        ["who", "what", "when", "where", "which", "why", "how", "did", "does", "do", "is", "are", "was", "were", "has", "have", "can", "could", "tell"];

    private readonly ConcurrentDictionary<ulong, Cooldown> _cooldowns = new();

    /// <inheritdoc />
    public async Task<MessageReply?> HandleMessageAsync(DiscordMessage message, BotIdentity self, CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return null;
        }

        var mentioned = message.Mentions(self.UserId) || MentionsInText(message.Content, self.UserId);
        var text = UserMention().Replace(message.Content, " ").Trim();
        var inChannel = message.GuildId is not null && settings.Channels.Contains(message.ChannelId) && LooksLikeQuestion(text);
        if (!mentioned && !message.IsDirectMessage && !inChannel)
        {
            return null;
        }

        if (!TryStart(message.AuthorId, settings, out var notice))
        {
            return notice is null ? null : MessageReply.Text(notice);
        }

        var engine = await knowledge.WhenReadyAsync(ct).ConfigureAwait(false);
        var answer = QuestionText.IsBlank(text)
            ? new Answer(false, "help", "Ask me something", "Ask me about Montenegro's foreign relations, e.g. \"When did Russia recognise Montenegro?\", or type /help.", [], [], [])
            : engine.Ask(text);
        return new MessageReply { Embeds = [AnswerEmbedRenderer.Render(answer)] };
    }

    /// <summary>Whether a message in a listed channel is a question for the bot rather than chat.</summary>
    public static bool LooksLikeQuestion(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 8)
        {
            return false;
        }

        if (trimmed.EndsWith('?'))
        {
            return true;
        }

        var first = trimmed.Split(' ', 2)[0].ToLowerInvariant();
        return QuestionStarts.Contains(first);
    }

    private bool TryStart(ulong userId, FreeTextOptions settings, out string? notice)
    {
        notice = null;
        var now = time.GetUtcNow();
        var window = TimeSpan.FromSeconds(settings.CooldownSeconds);
        PruneOccasionally(now, window);
        while (true)
        {
            if (!_cooldowns.TryGetValue(userId, out var current))
            {
                if (_cooldowns.TryAdd(userId, new Cooldown(now, Notified: false)))
                {
                    return true;
                }

                continue;
            }

            if (now - current.Since >= window)
            {
                if (_cooldowns.TryUpdate(userId, new Cooldown(now, Notified: false), current))
                {
                    return true;
                }

                continue;
            }

            if (current.Notified)
            {
                return false;
            }

            if (_cooldowns.TryUpdate(userId, current with { Notified = true }, current))
            {
                var wait = (int)Math.Ceiling((window - (now - current.Since)).TotalSeconds);
                notice = $"One question at a time, please: ask again in {wait} s.";
                return false;
            }
        }
    }

    private void PruneOccasionally(DateTimeOffset now, TimeSpan window)
    {
        if (_cooldowns.Count < 10_000)
        {
            return;
        }

        foreach (var (user, cooldown) in _cooldowns)
        {
            if (now - cooldown.Since >= window)
            {
                _cooldowns.TryRemove(new KeyValuePair<ulong, Cooldown>(user, cooldown));
            }
        }
    }

    // The mention list normally says it; the text is the fallback when a payload leaves the list out.
    private static bool MentionsInText(string content, ulong userId) =>
        content.Contains($"<@{userId}>", StringComparison.Ordinal) || content.Contains($"<@!{userId}>", StringComparison.Ordinal);

    [GeneratedRegex(@"<@!?\d+>")]
    private static partial Regex UserMention();

    private readonly record struct Cooldown(DateTimeOffset Since, bool Notified);
}
