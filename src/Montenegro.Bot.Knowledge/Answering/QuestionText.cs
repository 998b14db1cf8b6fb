using System.Text;
using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Normalises raw user text before it is analyzed: control characters out, chat addresses out, whitespace collapsed,
/// length capped.
/// </summary>
public static partial class QuestionText
{
    /// <summary>Whether <paramref name="text"/> has nothing to answer.</summary>
    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text) || Clean(text, AnswerEngine.MaxQuestionLength).Length == 0;

    /// <summary>
    /// The text without control or format characters and without chat addresses ("@everyone", "@here", "&lt;@123&gt;",
    /// "&lt;#123&gt;"), with runs of whitespace made one space, cut to <paramref name="maxLength"/>.
    /// </summary>
    public static string Clean(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);

        // "@everyone who is the speaker?" asks who the speaker is: an address calls people to the message and is no word of
        // the question, and a "who" that no longer comes first is not read as asking for a person.
        if (text.Contains('@', StringComparison.Ordinal) || text.Contains("<#", StringComparison.Ordinal))
        {
            text = ChatAddress().Replace(text, " ");
        }

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

    [GeneratedRegex(@"(?<![\w@])@(?:everyone|here)\b|<(?:@[!&]?|#)\d+>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChatAddress();
}
