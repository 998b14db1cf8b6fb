using System.Text;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Rendering;

/// <summary>
/// Writes text for Discord's Markdown: everything Markdown could read as formatting is escaped, and highlight spans
/// are bold. Text from the sources (or quoted from anyone) thus shows as written and cannot open a bold run, a spoiler,
/// a code block, a masked link or a new quote line.
/// </summary>
public static class DiscordMarkdown
{
    // Discord treats a backslash before any of these as the literal character.
    private const string Special = "\\*_~`|[]<>#-";

    /// <summary><paramref name="text"/> with every Markdown character escaped and line breaks as spaces (it sits inside a one-line quote).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                sb.Append(' ');
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary><paramref name="text"/> escaped, with <paramref name="highlights"/> in bold.</summary>
    public static string Bold(string text, IReadOnlyList<HighlightSpan> highlights) =>
        HighlightedText.Mark(text, highlights, Escape, span => "**" + Escape(span) + "**");
}
