using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>
/// The answer to a command, or the message of a component's <see cref="InteractionResponse"/>. Lengths are not limited here: content over 2000 characters and embeds over Discord's
/// limits are shortened or split into follow-up messages by the library.
/// </summary>
public sealed record InteractionReply
{
    private readonly IReadOnlyList<ActionRow> _components = [];

    /// <summary>Plain text.</summary>
    public string? Content { get; init; }

    /// <summary>Embeds.</summary>
    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    /// <summary>When true only the invoking user sees the reply.</summary>
    public bool Ephemeral { get; init; }

    /// <summary>
    /// Files to upload. When the reply is split, each file goes with the message whose embed shows it as
    /// <c>attachment://name</c> (image, thumbnail or icon); files no embed shows go with the first message.
    /// </summary>
    public IReadOnlyList<FileAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// Action rows of buttons and select menus (at most 5, custom ids distinct); checked when set, so a broken set throws
    /// <see cref="ArgumentException"/> here rather than a 400 from Discord.
    /// When the reply is split into several messages they go with the last one.
    /// </summary>
    public IReadOnlyList<ActionRow> Components
    {
        get => _components;
        init => _components = ComponentLimits.CheckMessageRows(value, nameof(Components));
    }

    /// <summary>Creates a text reply.</summary>
    /// <param name="content">The text.</param>
    /// <param name="ephemeral">Whether only the invoker sees it.</param>
    /// <returns>The reply.</returns>
    public static InteractionReply Text(string content, bool ephemeral = false) => new() { Content = content, Ephemeral = ephemeral };
}
