using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;

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

    /// <summary>
    /// Edits the original response (<c>PATCH /webhooks/{app}/{token}/messages/@original</c>); after a deferred update
    /// (type 6) of a component interaction, that is the message the component is on. The edit replaces the message:
    /// text, embeds, components and files it leaves out are removed.
    /// </summary>
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

    /// <summary>Sends a follow-up message (<c>POST /webhooks/{app}/{token}</c>), ephemeral when the message is.</summary>
    /// <param name="applicationId">The application id.</param>
    /// <param name="interactionToken">The interaction token.</param>
    /// <param name="message">The message, within limits.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The new message's id (0 if Discord did not say).</returns>
    Task<ulong> CreateFollowupMessageAsync(ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct);

    /// <summary>
    /// Edits a follow-up message sent with the same token (<c>PATCH /webhooks/{app}/{token}/messages/{id}</c>); the edit
    /// replaces the message, as <see cref="EditOriginalResponseAsync"/> does.
    /// </summary>
    /// <param name="applicationId">The application id.</param>
    /// <param name="interactionToken">The interaction token.</param>
    /// <param name="messageId">The follow-up's id.</param>
    /// <param name="message">The new message, within limits.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    Task EditFollowupMessageAsync(ulong applicationId, string interactionToken, ulong messageId, OutgoingMessage message, CancellationToken ct);

    /// <summary>Deletes a follow-up message (<c>DELETE /webhooks/{app}/{token}/messages/{id}</c>).</summary>
    /// <param name="applicationId">The application id.</param>
    /// <param name="interactionToken">The interaction token.</param>
    /// <param name="messageId">The follow-up's id.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    Task DeleteFollowupMessageAsync(ulong applicationId, string interactionToken, ulong messageId, CancellationToken ct);

    /// <summary>Posts a message to a channel (<c>POST /channels/{id}/messages</c>).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="message">The message, within limits.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The new message id.</returns>
    Task<ulong> CreateMessageAsync(ulong channelId, OutgoingMessage message, CancellationToken ct);

    /// <summary>Edits one of the bot's channel messages (<c>PATCH /channels/{id}/messages/{id}</c>); the edit replaces it.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="messageId">The message.</param>
    /// <param name="message">The new message, within limits.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    Task EditMessageAsync(ulong channelId, ulong messageId, OutgoingMessage message, CancellationToken ct);

    /// <summary>Reads a message (<c>GET /channels/{id}/messages/{id}</c>; needs View Channel and Read Message History).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="messageId">The message.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The message.</returns>
    /// <exception cref="DiscordRestException">Not found (10008) or not allowed (50001).</exception>
    Task<DiscordMessage> GetMessageAsync(ulong channelId, ulong messageId, CancellationToken ct);

    /// <summary>
    /// Reads a channel (<c>GET /channels/{id}</c>). For a thread, <see cref="DiscordChannel.ParentId"/> is its channel; a
    /// thread started from a message has that message's id, so the starter is
    /// <c>GetMessageAsync(ParentId, threadId)</c>.
    /// </summary>
    /// <param name="channelId">The channel or thread.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The channel.</returns>
    Task<DiscordChannel> GetChannelAsync(ulong channelId, CancellationToken ct);

    /// <summary>Reacts to a message as the bot (<c>PUT /channels/{id}/messages/{id}/reactions/{emoji}/@me</c>).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="messageId">The message.</param>
    /// <param name="emoji">A Unicode emoji (e.g. "⏳"), or a custom one as <c>name:id</c>; URL-encoded here.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    Task AddReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct);

    /// <summary>Removes the bot's own reaction (<c>DELETE /channels/{id}/messages/{id}/reactions/{emoji}/@me</c>).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="messageId">The message.</param>
    /// <param name="emoji">The emoji, as for <see cref="AddReactionAsync"/>.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    Task RemoveOwnReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct);
}
