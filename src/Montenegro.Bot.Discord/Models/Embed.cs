namespace Montenegro.Bot.Discord.Models;

/// <summary>
/// A rich embed. Any length is accepted here; the library shortens or splits it to Discord's limits when sending
/// (see <see cref="Messages.MessageLimits"/>).
/// </summary>
public sealed record Embed
{
    /// <summary>Title (limit 256).</summary>
    public string? Title { get; init; }

    /// <summary>Main text (limit 4096).</summary>
    public string? Description { get; init; }

    /// <summary>Link for the title.</summary>
    public string? Url { get; init; }

    /// <summary>Side colour as 0xRRGGBB.</summary>
    public int? Color { get; init; }

    /// <summary>Fields (limit 25 per embed; extra fields move to a continuation embed).</summary>
    public IReadOnlyList<EmbedField> Fields { get; init; } = [];

    /// <summary>Footer.</summary>
    public EmbedFooter? Footer { get; init; }

    /// <summary>Author line.</summary>
    public EmbedAuthor? Author { get; init; }

    /// <summary>Timestamp shown in the footer.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Large image URL (http(s) or <c>attachment://name</c>).</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Thumbnail URL.</summary>
    public string? ThumbnailUrl { get; init; }
}
