using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>
/// The bot's logic for application commands (slash, user and message commands) and autocomplete. Implemented by the
/// application; called by <see cref="InteractionDispatcher"/> on its own task, whatever the transport (gateway or HTTP
/// endpoint). Buttons, select menus and modals go to <see cref="IComponentHandler"/>s instead.
/// </summary>
public interface IInteractionHandler
{
    /// <summary>
    /// Answers a command. Take as long as needed: when this runs past the deferral threshold the dispatcher
    /// acknowledges the interaction first and edits the answer in afterwards. A thrown exception becomes a short
    /// ephemeral error for the user and a log entry.
    /// </summary>
    /// <param name="interaction">The command invocation.</param>
    /// <param name="ct">Cancelled at the handler deadline or when the host stops.</param>
    /// <returns>The reply to show.</returns>
    Task<InteractionReply> HandleCommandAsync(DiscordInteraction interaction, CancellationToken ct);

    /// <summary>
    /// Answers a command with access to follow-up messages (<see cref="InteractionContext.Followups"/>). The dispatcher
    /// calls this one; by default it forwards to <see cref="HandleCommandAsync(DiscordInteraction, CancellationToken)"/>.
    /// Override it to send or edit follow-ups.
    /// </summary>
    /// <param name="context">The invocation and its follow-ups.</param>
    /// <param name="ct">Cancelled at the handler deadline or when the host stops.</param>
    /// <returns>The reply to show.</returns>
    Task<InteractionReply> HandleCommandAsync(InteractionContext context, CancellationToken ct) =>
        HandleCommandAsync((context ?? throw new ArgumentNullException(nameof(context))).Interaction, ct);

    /// <summary>
    /// Whether the answer to this command is private (ephemeral), decided before the handler runs so that a deferral
    /// already carries flags 64: a private deferral cannot become public, nor a public one private. Must be quick.
    /// By default false; a reply marked <see cref="InteractionReply.Ephemeral"/> after a public deferral still stays
    /// private (the "thinking…" message is deleted and the answer sent as an ephemeral follow-up).
    /// </summary>
    /// <param name="interaction">The command invocation.</param>
    /// <returns>True for a private answer.</returns>
    bool IsEphemeral(DiscordInteraction interaction) => false;

    /// <summary>
    /// Suggests values for the focused option (<see cref="DiscordInteraction.FocusedOption"/>). Must be quick:
    /// there is no deferral for autocomplete. More than 25 choices are cut to 25.
    /// </summary>
    /// <param name="interaction">The autocomplete request.</param>
    /// <param name="ct">Cancelled when the answer would be too late.</param>
    /// <returns>The suggestions, best first.</returns>
    Task<IReadOnlyList<AutocompleteChoice>> HandleAutocompleteAsync(DiscordInteraction interaction, CancellationToken ct);
}
