using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>
/// The bot's logic for slash commands. Implemented by the application; called by <see cref="InteractionDispatcher"/>
/// on its own task, whatever the transport (gateway or HTTP endpoint).
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
    /// Suggests values for the focused option (<see cref="DiscordInteraction.FocusedOption"/>). Must be quick:
    /// there is no deferral for autocomplete. More than 25 choices are cut to 25.
    /// </summary>
    /// <param name="interaction">The autocomplete request.</param>
    /// <param name="ct">Cancelled when the answer would be too late.</param>
    /// <returns>The suggestions, best first.</returns>
    Task<IReadOnlyList<AutocompleteChoice>> HandleAutocompleteAsync(DiscordInteraction interaction, CancellationToken ct);
}
