using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Messages;

/// <summary>
/// Discord's message and embed limits, and the shortening/splitting that keeps every sent message inside them.
/// Text is cut at a line or word boundary where one is near, and shortened text ends with an ellipsis.
/// Nothing here throws on length.
/// </summary>
public static class MessageLimits
{
    /// <summary>Message text limit.</summary>
    public const int MaxContentLength = 2000;

    /// <summary>Embeds per message.</summary>
    public const int MaxEmbedsPerMessage = 10;

    /// <summary>Characters in all embeds of one message (title, description, field names and values, footer, author).</summary>
    public const int MaxEmbedCharactersPerMessage = 6000;

    /// <summary>Embed title limit.</summary>
    public const int MaxTitleLength = 256;

    /// <summary>Embed description limit.</summary>
    public const int MaxDescriptionLength = 4096;

    /// <summary>Fields per embed.</summary>
    public const int MaxFields = 25;

    /// <summary>Field name limit.</summary>
    public const int MaxFieldNameLength = 256;

    /// <summary>Field value limit.</summary>
    public const int MaxFieldValueLength = 1024;

    /// <summary>Footer text limit.</summary>
    public const int MaxFooterLength = 2048;

    /// <summary>Author name limit.</summary>
    public const int MaxAuthorNameLength = 256;

    /// <summary>Appended to shortened text.</summary>
    public const string Ellipsis = "\u2026";

    /// <summary>The URL scheme by which an embed shows a file uploaded with its message.</summary>
    public const string AttachmentScheme = "attachment://";

    private const string ZeroWidthSpace = "\u200B";

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="maxLength"/> characters, ending in an ellipsis.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="maxLength">The limit (at least 1).</param>
    /// <returns>The text itself when it fits; otherwise a prefix cut at a word boundary plus <see cref="Ellipsis"/>.</returns>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = FindCut(text, maxLength - Ellipsis.Length, preferNewline: false);
        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>Splits <paramref name="text"/> into pieces of at most <paramref name="maxLength"/> characters, at line breaks where possible, else at spaces.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="maxLength">The limit per piece (at least 2).</param>
    /// <returns>The non-empty pieces in order.</returns>
    public static IReadOnlyList<string> SplitText(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxLength)
        {
            var cut = FindCut(rest, maxLength, preferNewline: true);
            var piece = rest[..cut].TrimEnd();
            if (piece.Length > 0)
            {
                pieces.Add(piece);
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    /// <summary>Counts the characters Discord counts against the 6000-per-message embed budget.</summary>
    /// <param name="embed">An embed.</param>
    /// <returns>Title + description + field names and values + footer text + author name.</returns>
    public static int CountCharacters(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0)
            + embed.Fields.Sum(f => f.Name.Length + f.Value.Length)
            + (embed.Footer?.Text.Length ?? 0) + (embed.Author?.Name.Length ?? 0);
    }

    /// <summary>
    /// Makes an embed fit: shortens every part to its limit, and moves fields beyond 25 (or beyond the 6000 budget)
    /// into continuation embeds of the same colour.
    /// </summary>
    /// <param name="embed">Any embed.</param>
    /// <returns>One or more embeds, each within every per-embed limit and at most 6000 characters.</returns>
    public static IReadOnlyList<Embed> FitEmbed(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        var head = embed with
        {
            Title = ShortenOrNull(embed.Title, MaxTitleLength),
            Description = ShortenOrNull(embed.Description, MaxDescriptionLength),
            Footer = embed.Footer is null ? null : embed.Footer with { Text = Shorten(NonEmpty(embed.Footer.Text), MaxFooterLength) },
            Author = embed.Author is null ? null : embed.Author with { Name = Shorten(NonEmpty(embed.Author.Name), MaxAuthorNameLength) },
            Fields = [],
        };

        var over = CountCharacters(head) - MaxEmbedCharactersPerMessage;
        if (over > 0 && head.Footer is not null)
        {
            head = head with { Footer = head.Footer with { Text = Shorten(head.Footer.Text, Math.Max(1, head.Footer.Text.Length - over)) } };
            over = CountCharacters(head) - MaxEmbedCharactersPerMessage;
        }

        if (over > 0 && head.Description is not null)
        {
            head = head with { Description = Shorten(head.Description, Math.Max(1, head.Description.Length - over)) };
        }

        var result = new List<Embed>();
        var current = head;
        var fields = new List<EmbedField>();
        var length = CountCharacters(head);
        foreach (var field in embed.Fields)
        {
            var fitted = new EmbedField(Shorten(NonEmpty(field.Name), MaxFieldNameLength), Shorten(NonEmpty(field.Value), MaxFieldValueLength), field.Inline);
            var fieldLength = fitted.Name.Length + fitted.Value.Length;
            if (fields.Count == MaxFields || length + fieldLength > MaxEmbedCharactersPerMessage)
            {
                result.Add(current with { Fields = fields });
                current = new Embed { Color = embed.Color };
                fields = [];
                length = 0;
            }

            fields.Add(fitted);
            length += fieldLength;
        }

        result.Add(current with { Fields = fields });
        return result;
    }

    /// <summary>
    /// Turns a reply of any size into messages that each respect every limit: text over 2000 characters becomes several
    /// messages, embeds are fitted (<see cref="FitEmbed"/>) and spread so no message has more than 10 or 6000 characters of them.
    /// A file goes with every message whose embeds show it as <c>attachment://name</c> (image, thumbnail, footer or author
    /// icon), so the image renders there; files no embed refers to go with the first message.
    /// </summary>
    /// <param name="content">Text, may be null.</param>
    /// <param name="embeds">Embeds, any number.</param>
    /// <param name="attachments">Files.</param>
    /// <param name="ephemeral">Marks every message ephemeral (interactions only).</param>
    /// <param name="replyToMessageId">Makes the first message a reply to this message.</param>
    /// <param name="components">Action rows; they go with the last message, under everything else.</param>
    /// <returns>The messages in sending order; empty when there is nothing to send.</returns>
    public static IReadOnlyList<OutgoingMessage> Split(
        string? content,
        IReadOnlyList<Embed> embeds,
        IReadOnlyList<FileAttachment> attachments,
        bool ephemeral = false,
        ulong? replyToMessageId = null,
        IReadOnlyList<ActionRow>? components = null)
    {
        ArgumentNullException.ThrowIfNull(embeds);
        ArgumentNullException.ThrowIfNull(attachments);
        components ??= [];
        var drafts = new List<(string? Content, List<Embed> Embeds, int EmbedCharacters)>();
        foreach (var piece in string.IsNullOrWhiteSpace(content) ? [] : SplitText(content, MaxContentLength))
        {
            drafts.Add((piece, [], 0));
        }

        if (drafts.Count == 0)
        {
            drafts.Add((null, [], 0));
        }

        foreach (var embed in embeds.SelectMany(FitEmbed))
        {
            var length = CountCharacters(embed);
            var last = drafts[^1];
            if (last.Embeds.Count == MaxEmbedsPerMessage || last.EmbedCharacters + length > MaxEmbedCharactersPerMessage)
            {
                drafts.Add((null, [embed], length));
            }
            else
            {
                last.Embeds.Add(embed);
                drafts[^1] = (last.Content, last.Embeds, last.EmbedCharacters + length);
            }
        }

        if (drafts.Count == 1 && drafts[0].Content is null && drafts[0].Embeds.Count == 0 && attachments.Count == 0 && components.Count == 0)
        {
            return [];
        }

        var files = drafts.Select(_ => new List<FileAttachment>()).ToList();
        foreach (var file in attachments)
        {
            var showing = Enumerable.Range(0, drafts.Count).Where(i => drafts[i].Embeds.Any(e => Shows(e, file))).ToList();
            foreach (var i in showing.Count > 0 ? showing : [0])
            {
                files[i].Add(file);
            }
        }

        return drafts.Select((d, i) => new OutgoingMessage
        {
            Content = d.Content,
            Embeds = d.Embeds,
            Attachments = files[i],
            Components = i == drafts.Count - 1 ? components : [],
            Ephemeral = ephemeral,
            ReplyToMessageId = i == 0 ? replyToMessageId : null,
        }).ToList();
    }

    /// <summary>
    /// Makes a reply fit into exactly one message, for edits and updates (which replace one message): text is shortened
    /// to 2000 characters, embeds are fitted and those that no longer fit within 10 or 6000 characters are left out.
    /// Keep such replies short (paginate) so nothing is lost.
    /// </summary>
    /// <param name="content">Text, may be null.</param>
    /// <param name="embeds">Embeds.</param>
    /// <param name="attachments">Files (all kept).</param>
    /// <param name="components">Action rows.</param>
    /// <param name="ephemeral">Marks the message ephemeral.</param>
    /// <returns>The message.</returns>
    public static OutgoingMessage FitSingle(
        string? content,
        IReadOnlyList<Embed> embeds,
        IReadOnlyList<FileAttachment> attachments,
        IReadOnlyList<ActionRow>? components = null,
        bool ephemeral = false)
    {
        ArgumentNullException.ThrowIfNull(embeds);
        ArgumentNullException.ThrowIfNull(attachments);
        var kept = new List<Embed>();
        var characters = 0;
        foreach (var embed in embeds.SelectMany(FitEmbed))
        {
            var length = CountCharacters(embed);
            if (kept.Count == MaxEmbedsPerMessage || characters + length > MaxEmbedCharactersPerMessage)
            {
                break;
            }

            kept.Add(embed);
            characters += length;
        }

        return new OutgoingMessage
        {
            Content = string.IsNullOrWhiteSpace(content) ? null : Shorten(content.Trim(), MaxContentLength),
            Embeds = kept,
            Attachments = attachments,
            Components = components ?? [],
            Ephemeral = ephemeral,
        };
    }

    /// <summary>True when <paramref name="embed"/> shows <paramref name="file"/> through an <c>attachment://</c> URL.</summary>
    /// <param name="embed">An embed.</param>
    /// <param name="file">A file.</param>
    /// <returns>Whether the embed refers to the file.</returns>
    public static bool Shows(Embed embed, FileAttachment file)
    {
        ArgumentNullException.ThrowIfNull(embed);
        ArgumentNullException.ThrowIfNull(file);
        var reference = AttachmentScheme + file.FileName;
        return string.Equals(embed.ImageUrl, reference, StringComparison.Ordinal)
            || string.Equals(embed.ThumbnailUrl, reference, StringComparison.Ordinal)
            || string.Equals(embed.Footer?.IconUrl, reference, StringComparison.Ordinal)
            || string.Equals(embed.Author?.IconUrl, reference, StringComparison.Ordinal);
    }

    private static string? ShortenOrNull(string? text, int max) => string.IsNullOrEmpty(text) ? null : Shorten(text, max);

    private static string NonEmpty(string text) => string.IsNullOrWhiteSpace(text) ? ZeroWidthSpace : text;

    private static int FindCut(string text, int limit, bool preferNewline)
    {
        var floor = limit / 2;
        if (preferNewline)
        {
            var newline = text.LastIndexOf('\n', limit);
            if (newline >= floor)
            {
                return newline;
            }
        }

        for (var i = limit; i >= floor && i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return limit > 0 && char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
