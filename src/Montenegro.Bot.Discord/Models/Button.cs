namespace Montenegro.Bot.Discord.Models;

/// <summary>
/// A button. Non-link buttons carry a custom id and send an interaction when clicked; link buttons open a URL.
/// The constructor enforces Discord's rules (custom id 1–100 characters, label ≤ 80, URL ≤ 512 and http(s)/discord,
/// a label or an emoji) and throws <see cref="ArgumentException"/> otherwise.
/// </summary>
public sealed class Button : MessageComponent
{
    /// <summary>Creates a button.</summary>
    /// <param name="style">The style; <see cref="ButtonStyle.Link"/> needs <paramref name="url"/>, the others <paramref name="customId"/>.</param>
    /// <param name="label">The text on the button (at most 80 characters); may be null when an emoji is given.</param>
    /// <param name="customId">The id sent back when clicked (1–100 characters); null for link buttons.</param>
    /// <param name="url">The target of a link button.</param>
    /// <param name="emoji">An emoji shown before the label.</param>
    /// <param name="disabled">Shown greyed out and not clickable.</param>
    /// <exception cref="ArgumentException">The combination breaks one of Discord's rules.</exception>
    public Button(ButtonStyle style, string? label, string? customId = null, string? url = null, ComponentEmoji? emoji = null, bool disabled = false)
        : base(customId)
    {
        if (!Enum.IsDefined(style))
        {
            throw new ArgumentException($"Unsupported button style {(int)style}.", nameof(style));
        }

        if (string.IsNullOrWhiteSpace(label) && emoji is null)
        {
            throw new ArgumentException("A button needs a label or an emoji.", nameof(label));
        }

        ComponentLimits.CheckLength(label, ComponentLimits.MaxButtonLabelLength, "A button label", nameof(label));
        if (style == ButtonStyle.Link)
        {
            if (customId is not null)
            {
                throw new ArgumentException("A link button cannot have a custom id (it sends no interaction).", nameof(customId));
            }

            CheckUrl(url);
        }
        else
        {
            ComponentLimits.CheckCustomId(customId, nameof(customId));
            if (url is not null)
            {
                throw new ArgumentException("Only link buttons can have a URL.", nameof(url));
            }
        }

        Style = style;
        Label = string.IsNullOrWhiteSpace(label) ? null : label;
        Url = url;
        Emoji = emoji;
        Disabled = disabled;
    }

    /// <inheritdoc />
    public override ComponentType Type => ComponentType.Button;

    /// <summary>The style.</summary>
    public ButtonStyle Style { get; }

    /// <summary>The text on the button, if any.</summary>
    public string? Label { get; }

    /// <summary>The URL of a link button.</summary>
    public string? Url { get; }

    /// <summary>The emoji, if any.</summary>
    public ComponentEmoji? Emoji { get; }

    /// <summary>Whether the button is greyed out.</summary>
    public bool Disabled { get; }

    /// <summary>A primary (blurple) button.</summary>
    /// <param name="customId">The id sent back when clicked.</param>
    /// <param name="label">The text.</param>
    /// <param name="emoji">An optional emoji.</param>
    /// <param name="disabled">Greyed out.</param>
    /// <returns>The button.</returns>
    public static Button Primary(string customId, string? label, ComponentEmoji? emoji = null, bool disabled = false) =>
        new(ButtonStyle.Primary, label, customId, emoji: emoji, disabled: disabled);

    /// <summary>A secondary (grey) button.</summary>
    /// <param name="customId">The id sent back when clicked.</param>
    /// <param name="label">The text.</param>
    /// <param name="emoji">An optional emoji.</param>
    /// <param name="disabled">Greyed out.</param>
    /// <returns>The button.</returns>
    public static Button Secondary(string customId, string? label, ComponentEmoji? emoji = null, bool disabled = false) =>
        new(ButtonStyle.Secondary, label, customId, emoji: emoji, disabled: disabled);

    /// <summary>A success (green) button.</summary>
    /// <param name="customId">The id sent back when clicked.</param>
    /// <param name="label">The text.</param>
    /// <param name="emoji">An optional emoji.</param>
    /// <param name="disabled">Greyed out.</param>
    /// <returns>The button.</returns>
    public static Button Success(string customId, string? label, ComponentEmoji? emoji = null, bool disabled = false) =>
        new(ButtonStyle.Success, label, customId, emoji: emoji, disabled: disabled);

    /// <summary>A danger (red) button.</summary>
    /// <param name="customId">The id sent back when clicked.</param>
    /// <param name="label">The text.</param>
    /// <param name="emoji">An optional emoji.</param>
    /// <param name="disabled">Greyed out.</param>
    /// <returns>The button.</returns>
    public static Button Danger(string customId, string? label, ComponentEmoji? emoji = null, bool disabled = false) =>
        new(ButtonStyle.Danger, label, customId, emoji: emoji, disabled: disabled);

    /// <summary>A link button that opens <paramref name="url"/>.</summary>
    /// <param name="url">An http(s) or discord:// URL, at most 512 characters.</param>
    /// <param name="label">The text.</param>
    /// <param name="emoji">An optional emoji.</param>
    /// <param name="disabled">Greyed out.</param>
    /// <returns>The button.</returns>
    public static Button Link(string url, string? label, ComponentEmoji? emoji = null, bool disabled = false) =>
        new(ButtonStyle.Link, label, url: url, emoji: emoji, disabled: disabled);

    private static void CheckUrl(string? url)
    {
        ComponentLimits.CheckLength(url, ComponentLimits.MaxUrlLength, "A link button's URL", nameof(url), required: true);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "discord"))
        {
            throw new ArgumentException($"A link button needs an absolute http, https or discord URL (got '{url}').", nameof(url));
        }
    }
}
