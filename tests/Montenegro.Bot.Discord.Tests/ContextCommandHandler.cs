using System.Collections.Concurrent;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>A command handler that uses the context overload (follow-ups) and declares private commands.</summary>
internal sealed class ContextCommandHandler(
    Func<InteractionContext, CancellationToken, Task<InteractionReply>> answer,
    Func<DiscordInteraction, bool>? isEphemeral = null) : IInteractionHandler
{
    public ConcurrentQueue<DiscordInteraction> Commands { get; } = new();

    public Task<InteractionReply> HandleCommandAsync(DiscordInteraction interaction, CancellationToken ct) =>
        throw new InvalidOperationException("The dispatcher should call the context overload.");

    public Task<InteractionReply> HandleCommandAsync(InteractionContext context, CancellationToken ct)
    {
        Commands.Enqueue(context.Interaction);
        return answer(context, ct);
    }

    public bool IsEphemeral(DiscordInteraction interaction) => isEphemeral?.Invoke(interaction) ?? false;

    public Task<IReadOnlyList<AutocompleteChoice>> HandleAutocompleteAsync(DiscordInteraction interaction, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
}
