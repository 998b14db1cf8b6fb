using Montenegro.Bot.Charts;
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
    /// <summary>The card of <paramref name="answer"/> at <paramref name="page"/>, with <paramref name="chart"/> when given.</summary>
    public static AnswerCard For(Answer answer, int page = 0, ChartImage? chart = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var embed = AnswerEmbedRenderer.Render(answer, page);
        if (chart is null)
        {
            return new AnswerCard(embed, AnswerComponents.For(answer, page), []);
        }

        var file = new FileAttachment(chart.FileName, chart.Png, "Support for NATO membership in the opinion polls", "image/png");
        return new AnswerCard(
            embed with { ImageUrl = MessageLimits.AttachmentScheme + chart.FileName },
            AnswerComponents.For(answer, page, chartShown: true),
            [file]);
    }

    /// <summary>As a reply to a message.</summary>
    public MessageReply ToMessageReply() => new() { Embeds = [Embed], Components = Components, Attachments = Attachments };

    /// <summary>As an interaction reply (or the new content of the message a button is on).</summary>
    public InteractionReply ToInteractionReply(bool ephemeral = false) =>
        new() { Embeds = [Embed], Components = Components, Attachments = Attachments, Ephemeral = ephemeral };
}
