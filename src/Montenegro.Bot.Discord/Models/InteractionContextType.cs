namespace Montenegro.Bot.Discord.Models;

/// <summary>Where an interaction happened or a command may be used, as numbered by Discord.</summary>
public enum InteractionContextType
{
    /// <summary>In a server.</summary>
    Guild = 0,

    /// <summary>In the DM with the bot.</summary>
    BotDirectMessage = 1,

    /// <summary>In group DMs and DMs other than with the bot (user-installed apps).</summary>
    PrivateChannel = 2,
}
