namespace Montenegro.Bot.Discord.Models;

/// <summary>Channel types, as numbered by Discord.</summary>
public enum ChannelType
{
    /// <summary>A text channel in a server.</summary>
    GuildText = 0,

    /// <summary>A direct message.</summary>
    DirectMessage = 1,

    /// <summary>A voice channel.</summary>
    GuildVoice = 2,

    /// <summary>A group direct message.</summary>
    GroupDirectMessage = 3,

    /// <summary>A category.</summary>
    GuildCategory = 4,

    /// <summary>An announcement channel.</summary>
    GuildAnnouncement = 5,

    /// <summary>A thread in an announcement channel.</summary>
    AnnouncementThread = 10,

    /// <summary>A public thread.</summary>
    PublicThread = 11,

    /// <summary>A private thread.</summary>
    PrivateThread = 12,

    /// <summary>A stage channel.</summary>
    GuildStageVoice = 13,

    /// <summary>A server directory.</summary>
    GuildDirectory = 14,

    /// <summary>A forum (holds only threads).</summary>
    GuildForum = 15,

    /// <summary>A media channel (holds only threads).</summary>
    GuildMedia = 16,
}
