namespace Montenegro.Bot.Discord.Models;

/// <summary>Text input styles, as numbered by Discord.</summary>
public enum TextInputStyle
{
    /// <summary>One line.</summary>
    Short = 1,

    /// <summary>Several lines.</summary>
    Paragraph = 2,
}
