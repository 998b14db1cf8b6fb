using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Messages;

/// <summary>
/// One message exactly as it will be sent: already within Discord's limits (see <see cref="MessageLimits.Split"/>).
/// Every message the library sends carries <c>allowed_mentions: {"parse": []}</c>, so nobody is pinged.
/// </summary>
public sealed record OutgoingMessage
{
    private readonly IReadOnlyList<ActionRow> _components = [];

    /// <summary>Text, at most 2000 characters.</summary>
    public string? Content { get; init; }

    /// <summary>At most 10 embeds, 6000 characters in total.</summary>
    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    /// <summary>Files uploaded with this message.</summary>
    public IReadOnlyList<FileAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// Action rows of buttons and select menus (at most 5, custom ids distinct); checked when set, so a broken set throws
    /// <see cref="ArgumentException"/> here rather than a 400 from Discord.
    /// </summary>
    public IReadOnlyList<ActionRow> Components
    {
        get => _components;
        init => _components = ComponentLimits.CheckMessageRows(value, nameof(Components));
    }

    /// <summary>Only the invoker sees it (interaction replies and follow-ups only).</summary>
    public bool Ephemeral { get; init; }

    /// <summary>When set, the message is a reply to this message id (channel messages only).</summary>
    public ulong? ReplyToMessageId { get; init; }
}
