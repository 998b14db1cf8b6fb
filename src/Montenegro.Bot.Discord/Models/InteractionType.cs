namespace Montenegro.Bot.Discord.Models;

/// <summary>The kind of an interaction, as numbered by Discord.</summary>
public enum InteractionType
{
    /// <summary>A liveness check (HTTP endpoint only).</summary>
    Ping = 1,

    /// <summary>A slash (or context-menu) command invocation.</summary>
    ApplicationCommand = 2,

    /// <summary>A button or select menu was used.</summary>
    MessageComponent = 3,

    /// <summary>The user is typing into an option that has autocomplete.</summary>
    ApplicationCommandAutocomplete = 4,

    /// <summary>A modal was submitted.</summary>
    ModalSubmit = 5,
}
