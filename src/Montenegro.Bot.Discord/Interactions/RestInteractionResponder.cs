using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>Sends initial responses with <c>POST /interactions/{id}/{token}/callback</c> (gateway transport).</summary>
/// <param name="rest">The REST client.</param>
public sealed class RestInteractionResponder(IDiscordRestClient rest) : IInteractionResponder
{
    /// <inheritdoc />
    public Task SendInitialResponseAsync(DiscordInteraction interaction, InteractionCallback callback, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, callback, ct);
    }
}
