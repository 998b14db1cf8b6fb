namespace Montenegro.Bot.Discord.Models;

/// <summary>
/// A message: one created in a channel the bot can see, the message a component was used on, the target of a
/// message command, or the message another one replies to.
/// </summary>
public sealed class DiscordMessage
{
    /// <summary>The message id.</summary>
    public required ulong Id { get; init; }

    /// <summary>The channel the message was posted in (for a message in a thread, the thread).</summary>
    public required ulong ChannelId { get; init; }

    /// <summary>The guild, or null for a direct message (also null on partial messages that omit it).</summary>
    public ulong? GuildId { get; init; }

    /// <summary>The type of the channel, when Discord sends it (MESSAGE_CREATE does); null otherwise.</summary>
    public ChannelType? ChannelType { get; init; }

    /// <summary>The message type.</summary>
    public MessageType Type { get; init; }

    /// <summary>The message flags.</summary>
    public MessageFlags Flags { get; init; }

    /// <summary>The author's user id.</summary>
    public ulong AuthorId { get; init; }

    /// <summary>The author's display name (global name, else user name).</summary>
    public string AuthorName { get; init; } = "";

    /// <summary>True when the author is a bot account.</summary>
    public bool AuthorIsBot { get; init; }

    /// <summary>Set when a webhook posted the message (including interaction responses and follow-ups).</summary>
    public ulong? WebhookId { get; init; }

    /// <summary>The application that sent it, for interaction responses and application-owned webhooks.</summary>
    public ulong? ApplicationId { get; init; }

    /// <summary>For a response to an interaction, the user who invoked it.</summary>
    public ulong? InteractionUserId { get; init; }

    /// <summary>
    /// The text. Empty without the Message Content intent unless the message is a DM, mentions the bot, or was sent by it.
    /// </summary>
    public string Content { get; init; } = "";

    /// <summary>The embeds (empty without the Message Content intent, as for <see cref="Content"/>).</summary>
    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    /// <summary>The action rows of buttons and select menus this library knows how to read; others are left out.</summary>
    public IReadOnlyList<ActionRow> Components { get; init; } = [];

    /// <summary>Ids of the users mentioned in the message.</summary>
    public IReadOnlyList<ulong> MentionUserIds { get; init; } = [];

    /// <summary>What this message replies to, forwards or starts a thread from; null for ordinary messages.</summary>
    public MessageReference? Reference { get; init; }

    /// <summary>
    /// The message this one replies to, as Discord sent it with the event (replies, thread starters and
    /// context-menu answers). Null when absent or deleted. Its own <see cref="ReferencedMessage"/> is never filled.
    /// </summary>
    public DiscordMessage? ReferencedMessage { get; init; }

    /// <summary>The thread started from this message, if any (the thread's id equals this message's id).</summary>
    public ulong? StartedThreadId { get; init; }

    /// <summary>True for a direct message (no guild).</summary>
    public bool IsDirectMessage => GuildId is null && ChannelType is null or Models.ChannelType.DirectMessage or Models.ChannelType.GroupDirectMessage;

    /// <summary>
    /// True when the message was posted in a thread (per <see cref="ChannelType"/>). A thread started from a message has
    /// that message's id as its own, so <c>GET /channels/{parent}/messages/{ChannelId}</c> finds the starter message
    /// (see <see cref="Rest.IDiscordRestClient.GetChannelAsync"/> for the parent).
    /// </summary>
    public bool IsInThread => ChannelType is Models.ChannelType.AnnouncementThread or Models.ChannelType.PublicThread or Models.ChannelType.PrivateThread;

    /// <summary>True when <paramref name="userId"/> is among the mentioned users.</summary>
    /// <param name="userId">A user id, typically the bot's own.</param>
    /// <returns>Whether the user was mentioned.</returns>
    public bool Mentions(ulong userId) => MentionUserIds.Contains(userId);

    /// <summary>True when this message is a reply to a message written by <paramref name="authorId"/> (e.g. the bot's answer).</summary>
    /// <param name="authorId">The author to look for, typically the bot's user id.</param>
    /// <returns>Whether the referenced message is by that author.</returns>
    public bool IsReplyTo(ulong authorId) =>
        Reference is { Type: MessageReferenceType.Default } && ReferencedMessage is { } replied && replied.AuthorId == authorId;

    /// <inheritdoc />
    public override string ToString() =>
        $"Message {Id} channel={ChannelId} guild={GuildId} author={AuthorId} length={Content.Length}";
}
