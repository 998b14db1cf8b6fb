namespace Montenegro.Bot.Discord.Models;

/// <summary>Component types, as numbered by Discord (the ones this library builds or reads).</summary>
public enum ComponentType
{
    /// <summary>A row holding up to 5 buttons or one select menu.</summary>
    ActionRow = 1,

    /// <summary>A button.</summary>
    Button = 2,

    /// <summary>A select menu of fixed text options.</summary>
    StringSelect = 3,

    /// <summary>A text field (modals only).</summary>
    TextInput = 4,

    /// <summary>A select menu of users.</summary>
    UserSelect = 5,

    /// <summary>A select menu of roles.</summary>
    RoleSelect = 6,

    /// <summary>A select menu of users and roles.</summary>
    MentionableSelect = 7,

    /// <summary>A select menu of channels.</summary>
    ChannelSelect = 8,

    /// <summary>A label with a description wrapping one modal component.</summary>
    Label = 18,
}
