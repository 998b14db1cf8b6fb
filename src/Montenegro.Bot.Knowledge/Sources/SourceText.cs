using System.Text;

namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>Text helpers shared by the structured-format splitters.</summary>
internal static class SourceText
{
    /// <summary>How deep the splitters follow nested markup before giving up on a file, so hostile nesting cannot exhaust the stack.</summary>
    public const int MaxNesting = 200;

    /// <summary>Collapses runs of whitespace (spaces, line breaks, no-break spaces) to one space and trims the ends.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Fails the file when markup nests deeper than <see cref="MaxNesting"/>.</summary>
    public static void CheckNesting(int depth, int line)
    {
        if (depth > MaxNesting)
        {
            throw new SourceFormatException(line, $"the markup nests more than {MaxNesting} levels deep");
        }
    }
}
