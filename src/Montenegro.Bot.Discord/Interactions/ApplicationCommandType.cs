namespace Montenegro.Bot.Discord.Interactions;

/// <summary>Kinds of application commands.</summary>
public enum ApplicationCommandType
{
    /// <summary>A slash command.</summary>
    ChatInput = 1,

    /// <summary>A user context-menu command.</summary>
    User = 2,

    /// <summary>A message context-menu command.</summary>
    Message = 3,
}
