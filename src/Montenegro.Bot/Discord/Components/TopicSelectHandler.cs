using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Discord.Components;

/// <summary>
/// The nearest-topics menu on a decline: picking a topic answers it in place of the decline (the same message, callback 7),
/// with that answer's own buttons.
/// </summary>
public sealed class TopicSelectHandler(KnowledgeState knowledge) : IComponentHandler
{
    /// <inheritdoc />
    public string CustomIdPrefix => AnswerCustomId.TopicPrefix;

    /// <inheritdoc />
    public ComponentDeferral Deferral => ComponentDeferral.Update;

    /// <inheritdoc />
    public async Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interaction = context.Interaction;
        var topic = interaction.Values.FirstOrDefault();
        if (QuestionText.IsBlank(topic))
        {
            return ComponentNotes.Note(ComponentNotes.Unreadable, interaction);
        }

        var engine = await knowledge.WhenReadyAsync(ct).ConfigureAwait(false);
        var answer = engine.Ask(topic!);
        return InteractionResponse.Update(AnswerCard.For(answer).ToInteractionReply());
    }
}
