using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Discord.Components;

/// <summary>
/// The buttons and menu under an answer: page buttons for a long answer, Sources, Chart (poll and trend answers without
/// their chart yet), Helpful / Not helpful, and on a decline a menu of the nearest topics. Every id carries what its
/// click needs (see <see cref="AnswerCustomId"/>); the handlers in this folder answer them.
/// </summary>
public static class AnswerComponents
{
    private static readonly ComponentEmoji SourcesEmoji = new("📄");
    private static readonly ComponentEmoji ChartEmoji = new("📈");
    private static readonly ComponentEmoji HelpfulEmoji = new("👍");
    private static readonly ComponentEmoji NotHelpfulEmoji = new("👎");

    /// <summary>
    /// The action rows for <paramref name="answer"/> as shown at <paramref name="page"/> by
    /// <see cref="AnswerEmbedRenderer.Render(Answer, int, CommandLanguage?)"/>; <paramref name="chartShown"/> leaves the Chart button off
    /// an answer that already carries its chart. Labelled in <paramref name="language"/> (by default the answer's own).
    /// Empty for help, the source list, small talk and errors.
    /// </summary>
    public static IReadOnlyList<ActionRow> For(Answer answer, int page = 0, bool chartShown = false, CommandLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var shown = language ?? CardText.LanguageOf(answer);
        if (answer.Kind is AnswerKind.Error or AnswerKind.Help or AnswerKind.SmallTalk or AnswerKind.Sources)
        {
            return [];
        }

        var rows = new List<ActionRow>();
        var reference = AnswerReference.Of(answer, shown);
        var hash = reference?.HashOf(answer);
        var pages = AnswerPages.Count(answer.Text);
        page = Math.Clamp(page, 0, pages - 1);
        if (pages > 1 && reference is not null)
        {
            var turns = new List<MessageComponent>();
            if (page > 0)
            {
                turns.Add(Button.Secondary(AnswerCustomId.Page(page - 1, reference, hash!), $"{CardText.Back.In(shown)} ({page}/{pages})"));
            }

            if (page < pages - 1)
            {
                turns.Add(Button.Primary(AnswerCustomId.Page(page + 1, reference, hash!), $"{CardText.More.In(shown)} ({page + 2}/{pages})"));
            }

            rows.Add(new ActionRow(turns));
        }

        var buttons = new List<MessageComponent>();
        if (reference is not null && answer.Sources.Count > 0 && answer.Kind != AnswerKind.Excerpts)
        {
            buttons.Add(Button.Secondary(AnswerCustomId.Sources(reference, hash!), CardText.Sources.In(shown), SourcesEmoji));
        }

        if (!chartShown && HasChart(answer))
        {
            buttons.Add(Button.Secondary(AnswerCustomId.Chart(answer.Turn?.Frame.PollsterId), CardText.Chart.In(shown), ChartEmoji));
        }

        buttons.Add(Button.Secondary(AnswerCustomId.Feedback(helpful: true, answer.Intent), CardText.Helpful.In(shown), HelpfulEmoji));
        buttons.Add(Button.Secondary(AnswerCustomId.Feedback(helpful: false, answer.Intent), CardText.NotHelpful.In(shown), NotHelpfulEmoji));
        rows.Add(new ActionRow(buttons));

        if (answer.Kind == AnswerKind.Decline && TopicOptions(answer) is { Count: > 0 } topics)
        {
            rows.Add(new ActionRow(new StringSelectMenu(AnswerCustomId.Topics(), topics, placeholder: CardText.TopicsPlaceholder.In(shown))));
        }

        return rows;
    }

    /// <summary>Whether <paramref name="answer"/> is about the polls, so a chart of them goes with it.</summary>
    public static bool HasChart(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Answered && (answer.Intent == "poll" || answer.Turn?.Frame.Intent is Intent.Poll or Intent.Trend);
    }

    private static List<SelectMenuOption> TopicOptions(Answer answer) =>
        answer.Suggestions
            .Where(s => !string.IsNullOrWhiteSpace(s) && s.Length <= ComponentLimits.MaxSelectOptionTextLength)
            .Distinct(StringComparer.Ordinal)
            .Take(ComponentLimits.MaxSelectOptions)
            .Select(s => new SelectMenuOption(Capitalised(s), s))
            .ToList();

    private static string Capitalised(string text) => char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
