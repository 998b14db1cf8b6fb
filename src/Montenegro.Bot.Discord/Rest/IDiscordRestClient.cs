using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;

namespace Montenegro.Bot.Discord.Rest;

/// <summary>The Discord REST calls the library makes. Rate limits, retries and authentication are handled inside.</summary>
public interface IDiscordRestClient
{
    /// <summary><c>GET /gateway/bot</c>.</summary>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The gateway URL and session limits.</returns>
    /// <exception cref="DiscordUnauthorizedException">The token is wrong.</exception>
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct);

    /// <summary><c>GET /applications/@me</c>: the id of the application the token belongs to.</summary>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The application id.</returns>
    /// <exception cref="DiscordUnauthorizedException">The token is wrong.</exception>
    Task<ulong> GetCurrentApplicationIdAsync(CancellationToken ct);

    /// <summary>Replaces the registered command set, globally or for one guild (<c>PUT</c>).</summary>
    /// <param name="applicationId">The application id.</param>
    /// <param name="guildId">The guild, or null for global commands.</param>
    /// <param name="commands">The full set.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    Task BulkOverwriteCommandsAsync(ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct);

    /// <summary>Sends the initial response to an interaction (<c>POST /interactions/{id}/{token}/callback</c>).</summary>
    /// <param name="interactionId">The interaction id.</param>
    /// <param name="interactionToken">The interaction token.</param>
    /// <param name="callback">The response.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionCallback callback, CancellationToken ct);

    /// <summary>Edits the original response (<c>PATCH /webhooks/{app}/{token}/messages/@original</c>).</summary>
    /// <param name="applicationId">The application id.</param>
    /// <param name="interactionToken">The interaction token.</param>
    /// <param name="message">The new message, within limits.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    Task EditOriginalResponseAsync(ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct);

    /// <summary>Deletes the original response (<c>DELETE /webhooks/{app}/{token}/messages/@original</c>).</summary>
    /// <param name="applicationId">The application id.</param>
    /// <param name="interactionToken">The interaction token.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct);

    /// <summary>Sends a follow-up message (<c>POST /webhooks/{app}/{token}</c>).</summary>
    /// <param name="applicationId">The application id.</param>
    /// <param name="interactionToken">The interaction token.</param>
    /// <param name="message">The message, within limits.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    Task CreateFollowupMessageAsync(ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct);

    /// <summary>Posts a message to a channel (<c>POST /channels/{id}/messages</c>).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="message">The message, within limits.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The new message id.</returns>
    Task<ulong> CreateMessageAsync(ulong channelId, OutgoingMessage message, CancellationToken ct);
}
