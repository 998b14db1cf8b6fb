using Montenegro.Bot.Charts;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Discord.Components;

/// <summary>
/// The More and Back buttons of a long answer: the same message shows another page (callback 7, or a deferred update
/// and an edit when slow). A chart the message showed is kept on every page.
/// </summary>
public sealed class PageButtonHandler(KnowledgeState knowledge, PollChartService? charts = null) : IComponentHandler
{
    /// <inheritdoc />
    public string CustomIdPrefix => AnswerCustomId.PagePrefix;

    /// <inheritdoc />
    public ComponentDeferral Deferral => ComponentDeferral.Update;

    /// <inheritdoc />
    public async Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interaction = context.Interaction;
        if (!AnswerCustomId.TryReadPage(interaction.CustomId, interaction.Message, out var page, out var hash, out var reference))
        {
            return ComponentNotes.Note(ComponentNotes.Unreadable, interaction);
        }

        var engine = await knowledge.WhenReadyAsync(ct).ConfigureAwait(false);
        var answer = reference!.Regenerate(engine);
        if (reference.HashOf(answer) != hash)
        {
            return ComponentNotes.Note(ComponentNotes.Stale, interaction);
        }

        var showedChart = interaction.Message?.Embeds.Any(e => e.ImageUrl is not null) == true;
        var chart = showedChart && charts is not null && AnswerComponents.HasChart(answer)
            ? await charts.GetPollChartAsync(engine.Knowledge, answer.Turn?.Frame.PollsterId, ct).ConfigureAwait(false)
            : null;
        return InteractionResponse.Update(AnswerCard.For(answer, page, chart, reference.LanguageOf(answer)).ToInteractionReply());
    }
}
