namespace Montenegro.Bot.Discord.Models;

/// <summary>Kinds of message reference, as numbered by Discord.</summary>
public enum MessageReferenceType
{
    /// <summary>A reply (or crosspost, pin, thread start): the referenced message comes in <see cref="DiscordMessage.ReferencedMessage"/>.</summary>
    Default = 0,

    /// <summary>A forward: a snapshot of the message at the time, not the message itself.</summary>
    Forward = 1,
}
