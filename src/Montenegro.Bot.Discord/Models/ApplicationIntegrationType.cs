namespace Montenegro.Bot.Discord.Models;

/// <summary>How an app is installed, as numbered by Discord.</summary>
public enum ApplicationIntegrationType
{
    /// <summary>Installed to a server.</summary>
    GuildInstall = 0,

    /// <summary>Installed by a user for themselves (usable everywhere they are).</summary>
    UserInstall = 1,
}
