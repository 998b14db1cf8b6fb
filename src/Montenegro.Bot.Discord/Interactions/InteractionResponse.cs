using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>
/// The answer of an <see cref="IComponentHandler"/>: a new message, an update of the message the component is on, a
/// modal, or a silent acknowledgement. The dispatcher turns it into the right callback, or, after a deferral, into the
/// matching edit or follow-up.
/// </summary>
public sealed class InteractionResponse
{
    private InteractionResponse(InteractionResponseKind kind, InteractionReply? reply, Modal? modal)
    {
        Kind = kind;
        Reply = reply;
        Modal = modal;
    }

    /// <summary>What kind of answer this is.</summary>
    public InteractionResponseKind Kind { get; }

    /// <summary>The message, for <see cref="InteractionResponseKind.Message"/> and <see cref="InteractionResponseKind.Update"/>.</summary>
    public InteractionReply? Reply { get; }

    /// <summary>The form, for <see cref="InteractionResponseKind.Modal"/>.</summary>
    public Modal? Modal { get; }

    /// <summary>A new message (type 4); ephemeral when <paramref name="reply"/> is. Long replies are split as for commands.</summary>
    /// <param name="reply">The reply.</param>
    /// <returns>The response.</returns>
    public static InteractionResponse Message(InteractionReply reply) =>
        new(InteractionResponseKind.Message, reply ?? throw new ArgumentNullException(nameof(reply)), null);

    /// <summary>
    /// Replaces the message the component is on (type 7): its text, embeds, components and files become those of
    /// <paramref name="reply"/>, fitted into one message. Without such a message (a modal opened by a command) it is sent
    /// as a new message instead. The message keeps its visibility; <see cref="InteractionReply.Ephemeral"/> is ignored.
    /// </summary>
    /// <param name="reply">The new content.</param>
    /// <returns>The response.</returns>
    public static InteractionResponse Update(InteractionReply reply) =>
        new(InteractionResponseKind.Update, reply ?? throw new ArgumentNullException(nameof(reply)), null);

    /// <summary>
    /// Opens a form (type 9). Only as an immediate answer to a component or command interaction: return it without delay
    /// (a handler past the deferral threshold can no longer open one), and never in answer to a modal submission.
    /// </summary>
    /// <param name="modal">The form.</param>
    /// <returns>The response.</returns>
    public static InteractionResponse ShowModal(Modal modal) =>
        new(InteractionResponseKind.Modal, null, modal ?? throw new ArgumentNullException(nameof(modal)));

    /// <summary>Acknowledges with no visible change (type 6).</summary>
    /// <returns>The response.</returns>
    public static InteractionResponse Acknowledge() => new(InteractionResponseKind.Acknowledge, null, null);
}
