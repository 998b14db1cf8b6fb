using System.Collections.Concurrent;
using Montenegro.Bot.Discord.Interactions;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>A component handler whose answer each test writes; records what it was given.</summary>
internal sealed class ScriptedComponentHandler(
    string prefix,
    ComponentDeferral deferral,
    Func<InteractionContext, CancellationToken, Task<InteractionResponse>> answer) : IComponentHandler
{
    public ConcurrentQueue<InteractionContext> Seen { get; } = new();

    public string CustomIdPrefix => prefix;

    public ComponentDeferral Deferral => deferral;

    public Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken ct)
    {
        Seen.Enqueue(context);
        return answer(context, ct);
    }
}
