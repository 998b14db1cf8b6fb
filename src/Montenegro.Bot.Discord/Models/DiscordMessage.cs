namespace Montenegro.Bot.Discord.Models;

/// <summary>A message created in a channel the bot can see.</summary>
public sealed class DiscordMessage
{
    /// <summary>The message id.</summary>
    public required ulong Id { get; init; }

    /// <summary>The channel the message was posted in.</summary>
    public required ulong ChannelId { get; init; }

    /// <summary>The guild, or null for a direct message.</summary>
    public ulong? GuildId { get; init; }

    /// <summary>The author's user id.</summary>
    public ulong AuthorId { get; init; }

    /// <summary>The author's display name (global name, else user name).</summary>
    public string AuthorName { get; init; } = "";

    /// <summary>True when the author is a bot account.</summary>
    public bool AuthorIsBot { get; init; }

    /// <summary>Set when a webhook posted the message.</summary>
    public ulong? WebhookId { get; init; }

    /// <summary>
    /// The text. Empty without the Message Content intent unless the message is a DM or mentions the bot.
    /// </summary>
    public string Content { get; init; } = "";

    /// <summary>Ids of the users mentioned in the message.</summary>
    public IReadOnlyList<ulong> MentionUserIds { get; init; } = [];

    /// <summary>True for a direct message (no guild).</summary>
    public bool IsDirectMessage => GuildId is null;

    /// <summary>True when <paramref name="userId"/> is among the mentioned users.</summary>
    /// <param name="userId">A user id, typically the bot's own.</param>
    /// <returns>Whether the user was mentioned.</returns>
    public bool Mentions(ulong userId) => MentionUserIds.Contains(userId);

    /// <inheritdoc />
    public override string ToString() =>
        $"Message {Id} channel={ChannelId} guild={GuildId} author={AuthorId} length={Content.Length}";
}
