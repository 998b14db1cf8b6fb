namespace Montenegro.Bot.Discord.Models;

/// <summary>
/// A channel as returned by <c>GET /channels/{id}</c>. A thread started from a message has the same id as that
/// message, which lives in <see cref="ParentId"/>.
/// </summary>
public sealed class DiscordChannel
{
    /// <summary>The channel id.</summary>
    public required ulong Id { get; init; }

    /// <summary>The channel type (unknown types keep their number).</summary>
    public required ChannelType Type { get; init; }

    /// <summary>The guild, or null outside servers.</summary>
    public ulong? GuildId { get; init; }

    /// <summary>For a thread, the channel it belongs to; for a channel, its category.</summary>
    public ulong? ParentId { get; init; }

    /// <summary>The name, if it has one.</summary>
    public string? Name { get; init; }

    /// <summary>Who created the thread, for threads.</summary>
    public ulong? OwnerId { get; init; }

    /// <summary>True for announcement, public and private threads.</summary>
    public bool IsThread => Type is ChannelType.AnnouncementThread or ChannelType.PublicThread or ChannelType.PrivateThread;

    /// <inheritdoc />
    public override string ToString() => $"Channel {Id} type={Type} parent={ParentId}";
}
