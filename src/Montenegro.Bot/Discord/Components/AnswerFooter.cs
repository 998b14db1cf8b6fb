using System.Text;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Discord.Components;

/// <summary>
/// The footer of an answer's embed, which also carries the answer's question (its <see cref="AnswerReference"/>) on a
/// line of its own: Discord sends the message back with a reply (<c>referenced_message</c>) and with every button
/// click, so a follow-up or a click is understood by any replica with nothing kept on the server. The line is plain
/// reading for people too: it says what the answer answers.
/// </summary>
public static class AnswerFooter
{
    /// <summary>Starts the line that carries the question.</summary>
    public const string QuestionMarker = "Q: ";

    // Longer questions are not carried: a footer is at most 2048 characters and the engine reads 500.
    private const int MaxCarriedLength = 600;

    /// <summary>
    /// The footer text of <paramref name="answer"/> shown at page <paramref name="page"/> of <paramref name="pageCount"/>,
    /// in <paramref name="language"/> (by default the answer's own).
    /// </summary>
    public static string Text(Answer answer, int page = 0, int pageCount = 1, CommandLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var shown = language ?? CardText.LanguageOf(answer);
        var text = new StringBuilder();
        if (pageCount > 1)
        {
            text.Append(CardText.Page.In(shown)).Append(' ').Append(page + 1).Append('/').Append(pageCount).Append(" · ");
        }

        text.Append((answer.Answered ? CardText.Answered : CardText.NotAnswered).In(shown));
        if (AnswerReference.Of(answer, shown) is { } reference && reference.Text.Length <= MaxCarriedLength)
        {
            text.Append(" · ").Append(CardText.ReplyToFollowUp.In(shown)).Append('\n').Append(QuestionMarker).Append(OneLine(reference.Text));
        }

        return text.ToString();
    }

    /// <summary>The question an answer message carries in its footer, or null when it carries none.</summary>
    public static AnswerReference? ReferenceIn(DiscordMessage? message)
    {
        if (message is null)
        {
            return null;
        }

        foreach (var embed in message.Embeds)
        {
            if (embed.Footer?.Text is not { } footer)
            {
                continue;
            }

            var start = footer.LastIndexOf("\n" + QuestionMarker, StringComparison.Ordinal);
            if (start >= 0)
            {
                return AnswerReference.Parse(footer[(start + 1 + QuestionMarker.Length)..]);
            }
        }

        return null;
    }

    private static string OneLine(string text) => text.Contains('\n', StringComparison.Ordinal) ? text.ReplaceLineEndings(" ") : text;
}
