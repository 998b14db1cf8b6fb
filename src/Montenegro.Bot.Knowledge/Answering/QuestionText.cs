using System.Text;
using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>Normalises raw user text before it is analyzed: control characters out, whitespace collapsed, length capped.</summary>
public static partial class QuestionText
{
    /// <summary>Whether <paramref name="text"/> has nothing to answer.</summary>
    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text) || Clean(text, AnswerEngine.MaxQuestionLength).Length == 0;

    /// <summary>The text without control or format characters, with runs of whitespace made one space, cut to <paramref name="maxLength"/> at a word boundary.</summary>
    public static string Clean(string text, int maxLength)
    {
        var sb = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        var pendingSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (sb.Length >= maxLength)
            {
                break;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse)
            {
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(rune.ToString());
        }

        return sb.ToString();
    }

    /// <summary>
    /// The text without chat addresses ("@everyone", "@here", "&lt;@123&gt;", "&lt;#123&gt;"): they call people to a message
    /// and are no words of the question asked in it.
    /// </summary>
    public static string WithoutChatAddresses(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('@', StringComparison.Ordinal) || text.Contains("<#", StringComparison.Ordinal) ? ChatAddress().Replace(text, " ") : text;
    }

    [GeneratedRegex(@"(?<![\w@])@(?:everyone|here)\b|<(?:@[!&]?|#)\d+>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChatAddress();
}
