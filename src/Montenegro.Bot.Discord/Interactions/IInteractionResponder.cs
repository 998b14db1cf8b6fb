using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>
/// Delivers the initial response of an interaction. Over the gateway it is a REST callback
/// (<see cref="RestInteractionResponder"/>); the HTTP interactions endpoint (<c>MapDiscordInteractions</c>) writes it as
/// the HTTP response body instead.
/// Everything after the initial response (edits, follow-ups) always goes through REST.
/// </summary>
public interface IInteractionResponder
{
    /// <summary>Sends the one initial response.</summary>
    /// <param name="interaction">The interaction being answered.</param>
    /// <param name="callback">The response.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>Completes once the response is delivered.</returns>
    Task SendInitialResponseAsync(DiscordInteraction interaction, InteractionCallback callback, CancellationToken ct);
}
