namespace Montenegro.Bot.Discord.Models;

/// <summary>One choice of a <see cref="StringSelectMenu"/>. Label and value are 1–100 characters, the description at most 100.</summary>
public sealed class SelectMenuOption
{
    /// <summary>Creates the option.</summary>
    /// <param name="label">What the user sees.</param>
    /// <param name="value">What comes back in the interaction's values.</param>
    /// <param name="description">A second line under the label.</param>
    /// <param name="emoji">An emoji before the label.</param>
    /// <param name="isDefault">Shown as selected when the menu appears.</param>
    /// <exception cref="ArgumentException">A text is empty or too long.</exception>
    public SelectMenuOption(string label, string value, string? description = null, ComponentEmoji? emoji = null, bool isDefault = false)
    {
        ComponentLimits.CheckLength(label, ComponentLimits.MaxSelectOptionTextLength, "A select option's label", nameof(label), required: true);
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("A select option's value is required.", nameof(value));
        }

        ComponentLimits.CheckLength(value, ComponentLimits.MaxSelectOptionTextLength, "A select option's value", nameof(value));
        ComponentLimits.CheckLength(description, ComponentLimits.MaxSelectOptionTextLength, "A select option's description", nameof(description));
        Label = label;
        Value = value;
        Description = string.IsNullOrEmpty(description) ? null : description;
        Emoji = emoji;
        IsDefault = isDefault;
    }

    /// <summary>What the user sees.</summary>
    public string Label { get; }

    /// <summary>What comes back when chosen.</summary>
    public string Value { get; }

    /// <summary>The second line, if any.</summary>
    public string? Description { get; }

    /// <summary>The emoji, if any.</summary>
    public ComponentEmoji? Emoji { get; }

    /// <summary>Shown as selected when the menu appears.</summary>
    public bool IsDefault { get; }
}
