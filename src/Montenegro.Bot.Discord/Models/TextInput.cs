namespace Montenegro.Bot.Discord.Models;

/// <summary>
/// A text field of a <see cref="Modal"/>, shown under its label (Discord's Label component). The constructor enforces
/// Discord's limits and throws <see cref="ArgumentException"/> otherwise.
/// </summary>
public sealed class TextInput
{
    /// <summary>Creates the field.</summary>
    /// <param name="customId">The id its value comes back under (1–100 characters).</param>
    /// <param name="label">The label above the field (1–45 characters).</param>
    /// <param name="style">One line or several.</param>
    /// <param name="description">A hint under the label (at most 100 characters).</param>
    /// <param name="minLength">Fewest characters the user must type (0–4000).</param>
    /// <param name="maxLength">Most characters the user may type (1–4000).</param>
    /// <param name="required">Whether the field must be filled.</param>
    /// <param name="value">Text filled in beforehand (at most 4000 characters).</param>
    /// <param name="placeholder">Text shown while empty (at most 100 characters).</param>
    /// <exception cref="ArgumentException">A limit is broken.</exception>
    public TextInput(
        string customId,
        string label,
        TextInputStyle style = TextInputStyle.Short,
        string? description = null,
        int? minLength = null,
        int? maxLength = null,
        bool required = true,
        string? value = null,
        string? placeholder = null)
    {
        ComponentLimits.CheckCustomId(customId, nameof(customId));
        ComponentLimits.CheckLength(label, ComponentLimits.MaxTextInputLabelLength, "A text input's label", nameof(label), required: true);
        ComponentLimits.CheckLength(description, ComponentLimits.MaxTextInputDescriptionLength, "A text input's description", nameof(description));
        ComponentLimits.CheckLength(placeholder, ComponentLimits.MaxTextInputPlaceholderLength, "A text input's placeholder", nameof(placeholder));
        ComponentLimits.CheckLength(value, ComponentLimits.MaxTextInputLength, "A text input's value", nameof(value));
        if (!Enum.IsDefined(style))
        {
            throw new ArgumentException($"Unsupported text input style {(int)style}.", nameof(style));
        }

        if (minLength is < 0 or > ComponentLimits.MaxTextInputLength)
        {
            throw new ArgumentException($"minLength must be 0-{ComponentLimits.MaxTextInputLength} (got {minLength}).", nameof(minLength));
        }

        if (maxLength is < 1 or > ComponentLimits.MaxTextInputLength || maxLength < minLength)
        {
            throw new ArgumentException($"maxLength must be 1-{ComponentLimits.MaxTextInputLength} and at least minLength (got {maxLength}).", nameof(maxLength));
        }

        CustomId = customId;
        Label = label;
        Style = style;
        Description = string.IsNullOrEmpty(description) ? null : description;
        MinLength = minLength;
        MaxLength = maxLength;
        Required = required;
        Value = value;
        Placeholder = string.IsNullOrEmpty(placeholder) ? null : placeholder;
    }

    /// <summary>The id the value comes back under.</summary>
    public string CustomId { get; }

    /// <summary>The label.</summary>
    public string Label { get; }

    /// <summary>One line or several.</summary>
    public TextInputStyle Style { get; }

    /// <summary>The hint under the label, if any.</summary>
    public string? Description { get; }

    /// <summary>Fewest characters, if limited.</summary>
    public int? MinLength { get; }

    /// <summary>Most characters, if limited.</summary>
    public int? MaxLength { get; }

    /// <summary>Whether the field must be filled.</summary>
    public bool Required { get; }

    /// <summary>The text filled in beforehand, if any.</summary>
    public string? Value { get; }

    /// <summary>The placeholder, if any.</summary>
    public string? Placeholder { get; }
}
