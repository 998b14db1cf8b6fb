using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Discord;

/// <summary>
/// Answers slash commands, the message command and their autocomplete through the <see cref="CommandRouter"/>: what the
/// user gave becomes the call (options, locale, target message), and <see cref="AnswerReplies"/> makes the reply.
/// Who sees it: the <c>private</c> option when given; otherwise declines, errors and help are private, and answers
/// follow <see cref="AnswerVisibilityOptions.PublicAnswers"/>. The choice is made before the command runs, so a
/// deferral is already private (flags 64).
/// </summary>
public sealed partial class BotInteractionHandler(
    KnowledgeState knowledge,
    CommandCatalog? commands = null,
    AnswerReplies? replies = null,
    IOptions<AnswerVisibilityOptions>? visibility = null,
    ILogger<CommandRouter>? routerLogger = null,
    AnswerMetrics? metrics = null) : IInteractionHandler
{
    private readonly CommandCatalog _commands = commands ?? CommandCatalog.BuiltIn;
    private readonly AnswerReplies _replies = replies ?? new AnswerReplies();
    private readonly bool _publicAnswers = visibility?.Value.PublicAnswers ?? true;
    private KnowledgeBase? _prepared;

    /// <inheritdoc />
    public bool IsEphemeral(DiscordInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return PrivateOption(interaction) ?? (_commands.Find(interaction.CommandName)?.PrivateByDefault == true || !_publicAnswers);
    }

    /// <inheritdoc />
    public async Task<InteractionReply> HandleCommandAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var engine = await knowledge.WhenReadyAsync(ct).ConfigureAwait(false);
        if (!ReferenceEquals(Volatile.Read(ref _prepared), engine.Knowledge))
        {
            // Once per knowledge base: its charts start drawing now, so the first poll answer finds them ready.
            _replies.Prepare(engine.Knowledge);
            Volatile.Write(ref _prepared, engine.Knowledge);
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in interaction.Options)
        {
            if (option.Value is not null && option.Name != CommandOptions.PrivateName)
            {
                options[option.Name] = option.Value;
            }
        }

        var target = interaction.TargetMessage?.Content is { } content ? UserMention().Replace(content, " ") : null;
        var outcome = new CommandRouter(engine, _commands, routerLogger, metrics)
            .Execute(interaction.CommandName, options, CommandLanguages.FromLocale(interaction.Locale), target);
        var ephemeral = PrivateOption(interaction) ?? (IsEphemeral(interaction) || outcome.Answer.Kind is AnswerKind.Error or AnswerKind.Decline or AnswerKind.Help);
        return await _replies.ReplyAsync(outcome, engine.Knowledge, ephemeral, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AutocompleteChoice>> HandleAutocompleteAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var engine = await knowledge.WhenReadyAsync(ct).ConfigureAwait(false);
        if (interaction.FocusedOption is not { } focused)
        {
            return [];
        }

        return new CommandRouter(engine, _commands, routerLogger)
            .Choices(interaction.CommandName, focused.Name, focused.Value, CommandLanguages.FromLocale(interaction.Locale));
    }

    // The user's own choice, when the command was given one: true, false, or absent.
    private static bool? PrivateOption(DiscordInteraction interaction) =>
        interaction.GetOption(CommandOptions.PrivateName)?.Value is { } value && bool.TryParse(value, out var chosen) ? chosen : null;

    [GeneratedRegex(@"<@[!&]?\d+>")]
    private static partial Regex UserMention();
}
