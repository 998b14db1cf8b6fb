namespace Montenegro.Bot.Discord.Models;

/// <summary>Message types, as numbered by Discord (the ones a bot usually tells apart; others keep their number).</summary>
public enum MessageType
{
    /// <summary>An ordinary message.</summary>
    Default = 0,

    /// <summary>A thread was created (system message in the parent channel).</summary>
    ThreadCreated = 18,

    /// <summary>A reply to another message (see <see cref="DiscordMessage.ReferencedMessage"/>).</summary>
    Reply = 19,

    /// <summary>The answer to a slash command.</summary>
    ChatInputCommand = 20,

    /// <summary>The first message of a thread started from a message; it references that message.</summary>
    ThreadStarterMessage = 21,

    /// <summary>The answer to a context-menu command.</summary>
    ContextMenuCommand = 23,
}
