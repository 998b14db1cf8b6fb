using Microsoft.Extensions.Logging;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Discord;

/// <summary>Answers slash commands and their autocomplete through the command router.</summary>
public sealed class BotInteractionHandler(KnowledgeState knowledge, ILogger<CommandRouter>? routerLogger = null) : IInteractionHandler
{
    /// <inheritdoc />
    public async Task<InteractionReply> HandleCommandAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        var engine = await knowledge.WhenReadyAsync(ct).ConfigureAwait(false);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in interaction.Options)
        {
            if (option.Value is not null)
            {
                options[option.Name] = option.Value;
            }
        }

        var answer = new CommandRouter(engine, routerLogger).Run(interaction.CommandName, options);

        // Usage mistakes are only the asker's business.
        var ephemeral = answer.Intent == "error";
        return new InteractionReply { Embeds = [AnswerEmbedRenderer.Render(answer)], Ephemeral = ephemeral };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AutocompleteChoice>> HandleAutocompleteAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        var engine = await knowledge.WhenReadyAsync(ct).ConfigureAwait(false);
        var router = new CommandRouter(engine);
        var focused = interaction.FocusedOption;
        var names = (interaction.CommandName, focused?.Name) switch
        {
            ("recognition", "country") => router.RecognisedBy(),
            ("relations", "country") => router.RelationsCountries(),
            ("poll", "firm") => router.Pollsters(),
            _ => [],
        };
        return CommandRouter.Complete(names, focused?.Value).Select(n => new AutocompleteChoice(n, n)).ToList();
    }
}
