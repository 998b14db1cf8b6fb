using System.Text;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Discord.Components;

/// <summary>The Sources button: a private list of the passages the answer cites, with links, for whoever clicks.</summary>
public sealed class SourcesButtonHandler(KnowledgeState knowledge) : IComponentHandler
{
    private const int MaxSources = 10;
    private const int MaxExcerpt = 700;

    private static readonly LocalizedText NoPassages = new("This answer cites no passages.", "Ovaj odgovor ne navodi odlomke.");

    /// <inheritdoc />
    public string CustomIdPrefix => AnswerCustomId.SourcesPrefix;

    /// <inheritdoc />
    public ComponentDeferral Deferral => ComponentDeferral.EphemeralMessage;

    /// <inheritdoc />
    public async Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interaction = context.Interaction;
        if (!AnswerCustomId.TryReadSources(interaction.CustomId, interaction.Message, out var hash, out var reference))
        {
            return ComponentNotes.Note(ComponentNotes.Unreadable, interaction);
        }

        var engine = await knowledge.WhenReadyAsync(ct).ConfigureAwait(false);
        var answer = reference!.Regenerate(engine);
        if (reference.HashOf(answer) != hash)
        {
            return ComponentNotes.Note(ComponentNotes.Stale, interaction);
        }

        if (answer.Sources.Count == 0)
        {
            return ComponentNotes.Note(NoPassages, interaction);
        }

        var fields = answer.Sources.Take(MaxSources).Select((source, i) =>
        {
            var value = new StringBuilder();
            value.Append(source.Url is null ? source.Title : $"[{source.Title}]({source.Url})").Append(" · `").Append(source.Id).Append('`');
            if (source.Excerpt.Length > 0)
            {
                value.Append("\n> ").Append(AnswerEmbedRenderer.ExcerptMarkdown(source, MaxExcerpt));
            }

            return new EmbedField($"{i + 1}. {source.Title}", value.ToString());
        }).ToList();
        var language = ComponentNotes.LanguageOf(interaction);
        var more = answer.Sources.Count <= MaxSources ? string.Empty
            : new LocalizedText($" (the first {MaxSources} of {answer.Sources.Count})", $" (prvih {MaxSources} od {answer.Sources.Count})").In(language);
        var embed = new Embed
        {
            Title = new LocalizedText("Sources of this answer", "Izvori ovog odgovora").In(language),
            Description = new LocalizedText($"The passages \"{answer.Title}\" comes from{more}:", $"Odlomci iz kojih je \"{answer.Title}\"{more}:").In(language),
            Color = AnswerEmbedRenderer.ColorOf(answer),
            Fields = fields,
        };
        return InteractionResponse.Message(new InteractionReply { Embeds = [embed], Ephemeral = true });
    }
}
