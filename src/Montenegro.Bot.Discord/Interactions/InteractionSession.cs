using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>
/// Everything after the initial response of one interaction: the handler's follow-ups and the delivery of its answer
/// after a deferral, in order. Knows whether a "thinking…" placeholder is still pending, so the first message fills it
/// (as Discord would do for a follow-up anyway) and an ephemeral message never fills a public one.
/// </summary>
internal sealed class InteractionSession(DiscordInteraction interaction, IDiscordRestClient rest) : IInteractionFollowups
{
    private readonly TaskCompletionSource _acknowledgementNeeded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _acknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _order = new(1, 1);
    private Placeholder _placeholder;
    private bool _deferredUpdate;

    private enum Placeholder
    {
        None,
        PendingPublic,
        PendingEphemeral,
    }

    /// <summary>Completes when a handler used a follow-up before the interaction was acknowledged.</summary>
    public Task AcknowledgementNeeded => _acknowledgementNeeded.Task;

    /// <summary>Records the initial response that went out; follow-ups may proceed.</summary>
    public void MarkAcknowledged(InteractionCallback callback)
    {
        _placeholder = callback.Type == InteractionCallbackType.DeferredChannelMessageWithSource
            ? callback.Ephemeral ? Placeholder.PendingEphemeral : Placeholder.PendingPublic
            : Placeholder.None;
        _deferredUpdate = callback.Type == InteractionCallbackType.DeferredUpdateMessage;
        _acknowledged.TrySetResult();
    }

    /// <summary>The initial response could not be delivered; follow-ups fail with the same error.</summary>
    public void MarkFailed(Exception error) => _acknowledged.TrySetException(error);

    public async Task<IReadOnlyList<InteractionMessage>> SendAsync(InteractionReply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var messages = Split(reply);
        await WaitForAcknowledgementAsync(ct).ConfigureAwait(false);
        await _order.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await PostAsync(messages, ct).ConfigureAwait(false);
        }
        finally
        {
            _order.Release();
        }
    }

    public async Task EditAsync(InteractionMessage message, InteractionReply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(reply);
        var single = Single(reply);
        await WaitForAcknowledgementAsync(ct).ConfigureAwait(false);
        await _order.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (message.IsOriginal)
            {
                await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, single, ct).ConfigureAwait(false);
                _placeholder = Placeholder.None;
            }
            else
            {
                await rest.EditFollowupMessageAsync(interaction.ApplicationId, interaction.Token, message.Id, single, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            _order.Release();
        }
    }

    public Task EditOriginalAsync(InteractionReply reply, CancellationToken ct) => EditAsync(InteractionMessage.Original, reply, ct);

    public async Task DeleteAsync(InteractionMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        await WaitForAcknowledgementAsync(ct).ConfigureAwait(false);
        await _order.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (message.IsOriginal)
            {
                await rest.DeleteOriginalResponseAsync(interaction.ApplicationId, interaction.Token, ct).ConfigureAwait(false);
                _placeholder = Placeholder.None;
            }
            else
            {
                await rest.DeleteFollowupMessageAsync(interaction.ApplicationId, interaction.Token, message.Id, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            _order.Release();
        }
    }

    /// <summary>Delivers the handler's answer after a deferral.</summary>
    /// <returns>False when the answer could not be shown as asked (a modal after a deferral).</returns>
    public async Task<bool> FinishAsync(InteractionResponse response, string errorMessage, CancellationToken ct)
    {
        await _order.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            switch (response.Kind)
            {
                case InteractionResponseKind.Update when _deferredUpdate:
                    // After a deferred update, @original is the message the component is on.
                    await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, Single(response.Reply!), ct).ConfigureAwait(false);
                    return true;
                case InteractionResponseKind.Update when _placeholder != Placeholder.None:
                    await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, Single(response.Reply!), ct).ConfigureAwait(false);
                    _placeholder = Placeholder.None;
                    return true;
                case InteractionResponseKind.Update or InteractionResponseKind.Message:
                    await PostAsync(Split(response.Reply!), ct).ConfigureAwait(false);
                    return true;
                case InteractionResponseKind.Acknowledge:
                    if (_placeholder != Placeholder.None)
                    {
                        // Nothing to show: do not leave "thinking…" behind.
                        await rest.DeleteOriginalResponseAsync(interaction.ApplicationId, interaction.Token, ct).ConfigureAwait(false);
                        _placeholder = Placeholder.None;
                    }

                    return true;
                default:
                    await PostAsync([new OutgoingMessage { Content = errorMessage, Ephemeral = true }], ct).ConfigureAwait(false);
                    return false;
            }
        }
        finally
        {
            _order.Release();
        }
    }

    /// <summary>The reply as messages within Discord's limits; never empty.</summary>
    public static IReadOnlyList<OutgoingMessage> Split(InteractionReply reply)
    {
        var messages = MessageLimits.Split(reply.Content, reply.Embeds, reply.Attachments, reply.Ephemeral, components: reply.Components);
        return messages.Count > 0 ? messages : [new OutgoingMessage { Content = MessageLimits.Ellipsis, Ephemeral = true }];
    }

    /// <summary>The reply fitted into the one message an edit replaces.</summary>
    public static OutgoingMessage Single(InteractionReply reply) =>
        MessageLimits.FitSingle(reply.Content, reply.Embeds, reply.Attachments, reply.Components, reply.Ephemeral);

    private async Task WaitForAcknowledgementAsync(CancellationToken ct)
    {
        _acknowledgementNeeded.TrySetResult();
        await _acknowledged.Task.WaitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Posts messages in order; the first fills a pending placeholder unless that would make a private message public.</summary>
    private async Task<IReadOnlyList<InteractionMessage>> PostAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken ct)
    {
        var sent = new List<InteractionMessage>(messages.Count);
        foreach (var message in messages)
        {
            if (_placeholder == Placeholder.PendingPublic && message.Ephemeral)
            {
                // A deferral's visibility is fixed; to keep this message private, remove the public placeholder.
                await rest.DeleteOriginalResponseAsync(interaction.ApplicationId, interaction.Token, ct).ConfigureAwait(false);
                _placeholder = Placeholder.None;
            }

            if (_placeholder != Placeholder.None)
            {
                await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message, ct).ConfigureAwait(false);
                _placeholder = Placeholder.None;
                sent.Add(InteractionMessage.Original);
                continue;
            }

            var id = await rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, message, ct).ConfigureAwait(false);
            sent.Add(new InteractionMessage(id, false));
        }

        return sent;
    }
}
