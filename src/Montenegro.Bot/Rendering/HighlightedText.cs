using System.Text;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Rendering;

/// <summary>
/// Turns a text and its highlight spans into marked-up text, for whichever renderer says how a mark and the plain rest
/// are written. Spans that do not fit the text are ignored, so a renderer can never fail or mark the wrong words on them.
/// </summary>
public static class HighlightedText
{
    /// <summary>
    /// <paramref name="spans"/> of a text, seen through the window of <paramref name="length"/> characters from
    /// <paramref name="start"/> (a shortened excerpt, a page): clipped to it and counted from its start.
    /// </summary>
    public static IReadOnlyList<HighlightSpan> Within(IReadOnlyList<HighlightSpan> spans, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var end = start + length;
        var inside = new List<HighlightSpan>(spans.Count);
        foreach (var span in spans)
        {
            var from = Math.Max(span.Start, start);
            var to = Math.Min(span.End, end);
            if (to > from)
            {
                inside.Add(new HighlightSpan(from - start, to - from));
            }
        }

        return inside;
    }

    /// <summary>
    /// <paramref name="text"/> with each span written by <paramref name="marked"/> and the rest by <paramref name="plain"/>.
    /// Spans with only white space between them are marked as one ("United States", not "United" "States").
    /// </summary>
    public static string Mark(string text, IReadOnlyList<HighlightSpan> spans, Func<string, string> plain, Func<string, string> marked)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(plain);
        ArgumentNullException.ThrowIfNull(marked);
        var sb = new StringBuilder(text.Length + (spans.Count * 8));
        var position = 0;
        foreach (var (start, end) in Merged(text, spans))
        {
            sb.Append(plain(text[position..start])).Append(marked(text[start..end]));
            position = end;
        }

        return sb.Append(plain(text[position..])).ToString();
    }

    private static List<(int Start, int End)> Merged(string text, IReadOnlyList<HighlightSpan> spans)
    {
        var merged = new List<(int Start, int End)>(spans.Count);
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            var previousEnd = merged.Count > 0 ? merged[^1].End : 0;
            if (span.Length <= 0 || span.Start < previousEnd || span.End > text.Length)
            {
                continue;
            }

            if (merged.Count > 0 && string.IsNullOrWhiteSpace(text[previousEnd..span.Start]))
            {
                merged[^1] = (merged[^1].Start, span.End);
            }
            else
            {
                merged.Add((span.Start, span.End));
            }
        }

        return merged;
    }
}
