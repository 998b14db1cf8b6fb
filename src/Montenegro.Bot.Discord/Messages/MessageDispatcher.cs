using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Messages;

/// <summary>
/// Filters incoming messages (bots, webhooks, itself, empty content, repeats), runs <see cref="IMessageHandler"/>
/// with a deadline, and posts the reply as a reply to the message, split to Discord's limits.
/// </summary>
public sealed class MessageDispatcher
{
    private static readonly KeyValuePair<string, object?> Replied = new("outcome", "reply");
    private static readonly KeyValuePair<string, object?> NoReply = new("outcome", "none");
    private static readonly KeyValuePair<string, object?> Failed = new("outcome", "error");

    private readonly IMessageHandler handler;
    private readonly IDiscordRestClient rest;
    private readonly DiscordOptions options;
    private readonly TimeProvider time;
    private readonly DiscordMetrics metrics;
    private readonly ILogger<MessageDispatcher> logger;
    private readonly RecentIds seen = new(8192);

    /// <summary>Creates the dispatcher.</summary>
    /// <param name="handler">The bot's handler.</param>
    /// <param name="rest">REST, to post replies.</param>
    /// <param name="options">Deadline and error message.</param>
    /// <param name="time">The clock.</param>
    /// <param name="metrics">Counters.</param>
    /// <param name="logger">The log.</param>
    public MessageDispatcher(
        IMessageHandler handler,
        IDiscordRestClient rest,
        IOptions<DiscordOptions> options,
        TimeProvider time,
        DiscordMetrics metrics,
        ILogger<MessageDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.handler = handler;
        this.rest = rest;
        this.options = options.Value;
        this.time = time;
        this.metrics = metrics;
        this.logger = logger;
    }

    /// <summary>True for messages the library never passes on: from bots (itself included), webhooks, or without text.</summary>
    /// <param name="message">The message.</param>
    /// <param name="self">The bot.</param>
    /// <returns>Whether to ignore it.</returns>
    public static bool IsIgnored(DiscordMessage message, BotIdentity self)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(self);
        return message.AuthorIsBot || message.WebhookId is not null || message.AuthorId == self.UserId || string.IsNullOrWhiteSpace(message.Content);
    }

    /// <summary>Handles one message to completion. Never throws for handler or delivery errors.</summary>
    /// <param name="message">The message.</param>
    /// <param name="self">The bot's identity.</param>
    /// <param name="ct">Stops waiting (shutdown drain expired).</param>
    /// <returns>Completes when the reply (if any) is posted.</returns>
    public async Task DispatchAsync(DiscordMessage message, BotIdentity self, CancellationToken ct)
    {
        if (IsIgnored(message, self) || !seen.TryAdd(message.Id))
        {
            return;
        }

        MessageReply? reply;
        var failed = false;
        using var deadline = new CancellationTokenSource(options.MessageTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, ct);
        try
        {
            reply = await Task.Run(() => handler.HandleMessageAsync(message, self, linked.Token), linked.Token)
                .WaitAsync(options.MessageTimeout, time, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Message handler failed for message {MessageId} in channel {ChannelId}", message.Id, message.ChannelId);
            reply = MessageReply.Text(options.ErrorMessage);
            failed = true;
        }

        var outgoing = reply is null ? [] : MessageLimits.Split(reply.Content, reply.Embeds, reply.Attachments, replyToMessageId: message.Id, components: reply.Components);
        try
        {
            foreach (var part in outgoing)
            {
                await rest.CreateMessageAsync(message.ChannelId, part, ct).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Could not post the reply to message {MessageId} in channel {ChannelId}", message.Id, message.ChannelId);
            failed = true;
        }

        metrics.MessagesHandled.Add(1, failed ? Failed : outgoing.Count > 0 ? Replied : NoReply);
    }
}
