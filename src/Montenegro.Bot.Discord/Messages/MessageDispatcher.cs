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

    private readonly IMessageHandler _handler;
    private readonly IDiscordRestClient _rest;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly DiscordMetrics _metrics;
    private readonly ILogger<MessageDispatcher> _logger;
    private readonly RecentIds _seen = new(8192);

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
        _handler = handler;
        _rest = rest;
        _options = options.Value;
        _time = time;
        _metrics = metrics;
        _logger = logger;
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
        if (IsIgnored(message, self) || !_seen.TryAdd(message.Id))
        {
            return;
        }

        MessageReply? reply;
        var failed = false;
        using var deadline = new CancellationTokenSource(_options.MessageTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, ct);
        try
        {
            reply = await Task.Run(() => _handler.HandleMessageAsync(message, self, linked.Token), linked.Token)
                .WaitAsync(_options.MessageTimeout, _time, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            _logger.LogError(ex, "Message handler failed for message {MessageId} in channel {ChannelId}", message.Id, message.ChannelId);
            reply = MessageReply.Text(_options.ErrorMessage);
            failed = true;
        }

        var outgoing = reply is null ? [] : MessageLimits.Split(reply.Content, reply.Embeds, reply.Attachments, replyToMessageId: message.Id, components: reply.Components);
        try
        {
            foreach (var part in outgoing)
            {
                await _rest.CreateMessageAsync(message.ChannelId, part, ct).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            _logger.LogError(ex, "Could not post the reply to message {MessageId} in channel {ChannelId}", message.Id, message.ChannelId);
            failed = true;
        }

        _metrics.MessagesHandled.Add(1, failed ? Failed : outgoing.Count > 0 ? Replied : NoReply);
    }
}
