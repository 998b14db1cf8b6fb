using System.Text;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Rendering;

/// <summary>Renders an answer for a person at a terminal: the text, its fields, then its sources with excerpts.</summary>
public static class ConsoleAnswerRenderer
{
    /// <summary>The answer as text; with <paramref name="ansi"/>, matched words in excerpts are bold.</summary>
    public static string Render(Answer answer, bool ansi)
    {
        var sb = new StringBuilder();
        sb.AppendLine(answer.Text);
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
                sb.Append("    \"").Append(ansi ? Bold(source.Excerpt) : source.PlainExcerpt).AppendLine("\"");
            }
        }

        return sb.ToString().TrimEnd() + Environment.NewLine;
    }

    private static string Bold(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        var open = false;
        for (var i = 0; i < markdown.Length; i++)
        {
            if (i + 1 < markdown.Length && markdown[i] == '*' && markdown[i + 1] == '*')
            {
                sb.Append(open ? "\u001b[22m" : "\u001b[1m");
                open = !open;
                i++;
                continue;
            }

            sb.Append(markdown[i]);
        }

        return open ? sb.Append("\u001b[22m").ToString() : sb.ToString();
    }
}
