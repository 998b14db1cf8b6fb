namespace Montenegro.Bot.Discord.Gateway;

/// <summary>The gateway intents this library may request.</summary>
[Flags]
public enum GatewayIntents
{
    /// <summary>No intents.</summary>
    None = 0,

    /// <summary>Guild lifecycle, channels, roles.</summary>
    Guilds = 1 << 0,

    /// <summary>Messages in guilds.</summary>
    GuildMessages = 1 << 9,

    /// <summary>Messages in DMs.</summary>
    DirectMessages = 1 << 12,

    /// <summary>Privileged: the text of messages that neither mention the bot nor are DMs.</summary>
    MessageContent = 1 << 15,
}
