using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Messages;

/// <summary>
/// The answer to a message. Lengths are not limited here: the library shortens or splits to Discord's limits.
/// </summary>
public sealed record MessageReply
{
    /// <summary>Plain text.</summary>
    public string? Content { get; init; }

    /// <summary>Embeds.</summary>
    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    /// <summary>Files to upload.</summary>
    public IReadOnlyList<FileAttachment> Attachments { get; init; } = [];

    /// <summary>Creates a text reply.</summary>
    /// <param name="content">The text.</param>
    /// <returns>The reply.</returns>
    public static MessageReply Text(string content) => new() { Content = content };
}
