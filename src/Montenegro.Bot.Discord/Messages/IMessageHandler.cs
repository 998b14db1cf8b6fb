using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Messages;

/// <summary>
/// The bot's logic for plain messages. The library has already dropped messages from bots (itself included),
/// from webhooks, with empty content, and repeated deliveries; the handler decides the rest
/// (mentions, DMs, channels, cooldowns).
/// </summary>
public interface IMessageHandler
{
    /// <summary>Decides whether and how to answer a message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="self">The bot's own identity (to recognise mentions).</param>
    /// <param name="ct">Cancelled at the handler deadline or when the host stops.</param>
    /// <returns>The reply (sent as a reply to <paramref name="message"/>), or null for none.</returns>
    Task<MessageReply?> HandleMessageAsync(DiscordMessage message, BotIdentity self, CancellationToken ct);
}
