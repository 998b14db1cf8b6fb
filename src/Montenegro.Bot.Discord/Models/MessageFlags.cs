namespace Montenegro.Bot.Discord.Models;

/// <summary>Message flags, as numbered by Discord (a bit field).</summary>
[Flags]
public enum MessageFlags
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>Published to following channels.</summary>
    Crossposted = 1 << 0,

    /// <summary>Came from another channel by following.</summary>
    IsCrosspost = 1 << 1,

    /// <summary>Link previews are hidden.</summary>
    SuppressEmbeds = 1 << 2,

    /// <summary>A thread was started from this message.</summary>
    HasThread = 1 << 5,

    /// <summary>Only the user who invoked the interaction sees it.</summary>
    Ephemeral = 1 << 6,

    /// <summary>An interaction response still "thinking".</summary>
    Loading = 1 << 7,

    /// <summary>Sent without push or desktop notifications.</summary>
    SuppressNotifications = 1 << 12,

    /// <summary>A voice message.</summary>
    IsVoiceMessage = 1 << 13,

    /// <summary>A forwarded message (has a snapshot).</summary>
    HasSnapshot = 1 << 14,

    /// <summary>Laid out with components only (no content or embeds).</summary>
    IsComponentsV2 = 1 << 15,
}
