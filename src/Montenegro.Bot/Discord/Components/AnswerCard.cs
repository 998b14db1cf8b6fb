using Montenegro.Bot.Charts;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Discord.Components;

/// <summary>
/// One answer as one Discord message: the embed of one page, the answer's buttons, and its chart when it has one, as an
/// attachment that the embed's image refers to (<c>attachment://…</c>), so both travel in the same message.
/// </summary>
/// <param name="Embed">The embed.</param>
/// <param name="Components">The action rows.</param>
/// <param name="Attachments">The chart, if any.</param>
public sealed record AnswerCard(Embed Embed, IReadOnlyList<ActionRow> Components, IReadOnlyList<FileAttachment> Attachments)
{
    /// <summary>
    /// The card of <paramref name="answer"/> at <paramref name="page"/>, with <paramref name="chart"/> when given; what it
    /// says around the answer is in <paramref name="language"/> (by default the answer's own).
    /// </summary>
    public static AnswerCard For(Answer answer, int page = 0, ChartImage? chart = null, CommandLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var shown = language ?? CardText.LanguageOf(answer);
        var embed = AnswerEmbedRenderer.Render(answer, page, shown);
        if (chart is null)
        {
            return new AnswerCard(embed, AnswerComponents.For(answer, page, language: shown), []);
        }

        return new AnswerCard(
            embed with { ImageUrl = MessageLimits.AttachmentScheme + chart.FileName },
            AnswerComponents.For(answer, page, chartShown: true, shown),
            [ChartFile(chart, shown)]);
    }

    /// <summary>The chart as the attachment an embed shows, described in <paramref name="language"/>.</summary>
    public static FileAttachment ChartFile(ChartImage chart, CommandLanguage language)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return new FileAttachment(chart.FileName, chart.Png, CardText.ChartDescription.In(language), "image/png");
    }

    /// <summary>As a reply to a message.</summary>
    public MessageReply ToMessageReply() => new() { Embeds = [Embed], Components = Components, Attachments = Attachments };

    /// <summary>As an interaction reply (or the new content of the message a button is on).</summary>
    public InteractionReply ToInteractionReply(bool ephemeral = false) =>
        new() { Embeds = [Embed], Components = Components, Attachments = Attachments, Ephemeral = ephemeral };
}
