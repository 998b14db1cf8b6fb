namespace Montenegro.Bot.Discord.Models;

/// <summary>How a button looks and what it does, as numbered by Discord.</summary>
public enum ButtonStyle
{
    /// <summary>Blurple: the recommended action (use one per group).</summary>
    Primary = 1,

    /// <summary>Grey: an alternative or supporting action.</summary>
    Secondary = 2,

    /// <summary>Green: a positive confirmation.</summary>
    Success = 3,

    /// <summary>Red: an action with irreversible consequences.</summary>
    Danger = 4,

    /// <summary>Opens a URL; sends no interaction.</summary>
    Link = 5,
}
