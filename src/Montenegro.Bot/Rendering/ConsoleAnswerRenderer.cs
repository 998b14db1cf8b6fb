using System.Text;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Rendering;

/// <summary>Renders an answer for a person at a terminal: the text, its fields, then its sources with excerpts.</summary>
public static class ConsoleAnswerRenderer
{
    private const string BoldOn = "\u001b[1m";
    private const string BoldOff = "\u001b[22m";

    /// <summary>
    /// The answer as text. With <paramref name="ansi"/> (the output is a terminal), the words of quoted text that matched
    /// the question are bold. Without it the text stays plain: output that is redirected goes to files, pipes and scripts,
    /// where escape codes or <c>**</c> would be noise in the very text being searched or compared (<c>ask --json</c>
    /// carries the same highlights as offsets, for programs).
    /// </summary>
    public static string Render(Answer answer, bool ansi)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var sb = new StringBuilder();
        sb.AppendLine(Marked(answer.Text, answer.TextHighlights, ansi));
        foreach (var field in answer.Fields)
        {
            sb.Append("  ").Append(field.Name).Append(": ").AppendLine(field.Value);
        }

        if (answer.Suggestions.Count > 0)
        {
            sb.AppendLine().Append("Nearest topics I can answer: ").AppendLine(string.Join("; ", answer.Suggestions));
        }

        if (answer.Sources.Count > 0)
        {
            sb.AppendLine().AppendLine(answer.Sources.Count == 1 ? "Source:" : "Sources:");
            foreach (var source in answer.Sources)
            {
                sb.Append("  ").Append(source.Title).Append(" [").Append(source.Id).Append(']');
                if (source.Url is not null)
                {
                    sb.Append(' ').Append(source.Url);
                }

                sb.AppendLine();
                sb.Append("    \"").Append(Marked(source.Excerpt, source.Highlights, ansi)).AppendLine("\"");
            }
        }

        return sb.ToString().TrimEnd() + Environment.NewLine;
    }

    private static string Marked(string text, IReadOnlyList<HighlightSpan> highlights, bool ansi) =>
        ansi && highlights.Count > 0 ? HighlightedText.Mark(text, highlights, s => s, s => BoldOn + s + BoldOff) : text;
}
