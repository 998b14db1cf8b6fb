using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Messages;

/// <summary>
/// The answer to a message. Lengths are not limited here: the library shortens or splits to Discord's limits.
/// </summary>
public sealed record MessageReply
{
    private readonly IReadOnlyList<ActionRow> _components = [];

    /// <summary>Plain text.</summary>
    public string? Content { get; init; }

    /// <summary>Embeds.</summary>
    public IReadOnlyList<Embed> Embeds { get; init; } = [];

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
    /// <returns>The reply.</returns>
    public static MessageReply Text(string content) => new() { Content = content };
}
