namespace Montenegro.Bot.Discord.Models;

/// <summary>Where a reply, forward, crosspost or thread-starter message points.</summary>
/// <param name="Type">Reply-like or forward.</param>
/// <param name="MessageId">The referenced message, if any.</param>
/// <param name="ChannelId">Its channel.</param>
/// <param name="GuildId">Its guild, if any.</param>
public sealed record MessageReference(MessageReferenceType Type, ulong? MessageId, ulong? ChannelId, ulong? GuildId);
