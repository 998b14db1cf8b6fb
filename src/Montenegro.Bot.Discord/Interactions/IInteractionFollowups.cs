namespace Montenegro.Bot.Discord.Interactions;

/// <summary>
/// Messages a handler sends or edits beyond its one answer, with the interaction's token (valid 15 minutes; webhook
/// routes, rate-limited per token). Used before the interaction is acknowledged, a call makes the dispatcher
/// acknowledge it at once (a deferral of the handler's declared kind), so it never waits for the deferral threshold.
/// A follow-up sent while a "thinking…" message is pending fills that message (Discord would anyway); an ephemeral
/// one never fills a public placeholder.
/// </summary>
public interface IInteractionFollowups
{
    /// <summary>Sends a follow-up (<c>POST /webhooks/{app}/{token}</c>), ephemeral when <paramref name="reply"/> is; long replies are split.</summary>
    /// <param name="reply">The message.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The messages sent, in order (components and the last part at the end).</returns>
    Task<IReadOnlyList<InteractionMessage>> SendAsync(InteractionReply reply, CancellationToken ct);

    /// <summary>
    /// Replaces a message sent for this interaction (<c>PATCH /webhooks/{app}/{token}/messages/{id}</c> or
    /// <c>@original</c>), fitted into one message; what <paramref name="reply"/> leaves out is removed.
    /// </summary>
    /// <param name="message">The message to edit.</param>
    /// <param name="reply">The new content.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    Task EditAsync(InteractionMessage message, InteractionReply reply, CancellationToken ct);

    /// <summary>
    /// Replaces the original response (for a component, the message it is on). The handler's own answer, delivered when
    /// it returns, comes after this edit.
    /// </summary>
    /// <param name="reply">The new content.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    Task EditOriginalAsync(InteractionReply reply, CancellationToken ct);

    /// <summary>Deletes a message sent for this interaction.</summary>
    /// <param name="message">The message.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    Task DeleteAsync(InteractionMessage message, CancellationToken ct);
}
