using System.Globalization;
using System.Text;

namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>Turns headings into the lowercase ASCII segments used in passage ids.</summary>
public static class Slug
{
    /// <summary>"Montenegro's foreign relations" becomes "montenegros-foreign-relations".</summary>
    public static string From(string text)
    {
        var folded = TextFolding.FoldToAscii(text);
        var sb = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return sb.Length == 0 ? "section" : sb.ToString();
    }
}
