using Montenegro.Bot.Charts;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Discord.Components;

/// <summary>
/// The Chart button on poll and trend answers: the answer's own message gains the poll chart, uploaded with it and shown
/// as its embed's image (<c>attachment://…</c>), and loses the button. Drawing is cached per knowledge base; a chart not
/// ready within its budget gets a private "try again" note.
/// </summary>
public sealed class ChartButtonHandler(KnowledgeState knowledge, PollChartService charts) : IComponentHandler
{
    private static readonly LocalizedText NoPollsBy = new(
        "My sources have no dated polls by that pollster to chart.",
        "Moji izvori nemaju datirane ankete te agencije za grafikon.");

    /// <inheritdoc />
    public string CustomIdPrefix => AnswerCustomId.ChartPrefix;

    /// <inheritdoc />
    public ComponentDeferral Deferral => ComponentDeferral.Update;

    /// <inheritdoc />
    public async Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interaction = context.Interaction;
        if (interaction.Message is not { Embeds.Count: > 0 } message)
        {
            return ComponentNotes.Note(ComponentNotes.Unreadable, interaction);
        }

        var pollster = interaction.CustomId[AnswerCustomId.ChartPrefix.Length..];
        var engine = await knowledge.WhenReadyAsync(ct).ConfigureAwait(false);
        var chart = await charts.GetPollChartAsync(engine.Knowledge, pollster.Length == 0 ? null : pollster, ct).ConfigureAwait(false);
        if (chart is null)
        {
            return ComponentNotes.Note(pollster.Length == 0 ? ComponentNotes.ChartUnavailable : NoPollsBy, interaction);
        }

        var embeds = message.Embeds.Select((e, i) => i == 0 ? e with { ImageUrl = MessageLimits.AttachmentScheme + chart.FileName } : e with { ImageUrl = null }).ToList();
        var rows = Without(message.Components, AnswerCustomId.ChartPrefix);
        // The chart's description is read with the message: in Montenegrin when the message says it was written so for its
        // asker, otherwise in the clicker's language (the message's own question language would cost asking it again).
        var language = AnswerFooter.ReferenceIn(message)?.InMontenegrin == true ? CommandLanguage.Montenegrin : ComponentNotes.LanguageOf(interaction);
        var file = AnswerCard.ChartFile(chart, language);
        return InteractionResponse.Update(new InteractionReply { Content = message.Content.Length > 0 ? message.Content : null, Embeds = embeds, Components = rows, Attachments = [file] });
    }

    // The message's rows as they were, minus the components whose id starts with the prefix.
    private static List<ActionRow> Without(IReadOnlyList<ActionRow> rows, string prefix) =>
        rows.Select(r => r.Components.Where(c => c.CustomId?.StartsWith(prefix, StringComparison.Ordinal) != true).ToList())
            .Where(r => r.Count > 0)
            .Select(r => new ActionRow(r))
            .ToList();
}
