using System.Text.Json;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Discord.Gateway;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Hosting;

/// <summary>
/// Turns gateway dispatches into handler calls, each on its own task (the receive loop never waits), and tracks them
/// so shutdown can let in-flight replies finish.
/// </summary>
internal sealed class GatewayEventRouter(
    InteractionDispatcher? interactions,
    IInteractionResponder responder,
    MessageDispatcher? messages,
    CommandRegistrar registrar,
    InFlightWork work,
    ILogger<GatewayEventRouter> logger) : IGatewayEventSink
{
    private volatile BotIdentity? _self;

    public BotIdentity? Self => _self;

    public int InFlightCount => work.Count;

    public void OnReady(BotIdentity identity)
    {
        _self = identity;
        Track(ct => registrar.RegisterOnceAsync(identity.ApplicationId, ct));
    }

    public void OnDispatch(string eventName, JsonElement data)
    {
        try
        {
            switch (eventName)
            {
                case "INTERACTION_CREATE" when interactions is not null:
                    var interaction = DiscordModelParser.ParseInteraction(data);
                    Track(ct => interactions.DispatchAsync(interaction, responder, ct));
                    break;
                case "MESSAGE_CREATE" when messages is not null && _self is { } me:
                    var message = DiscordModelParser.ParseMessage(data);
                    if (!MessageDispatcher.IsIgnored(message, me))
                    {
                        Track(ct => messages.DispatchAsync(message, me, ct));
                    }

                    break;
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or OverflowException)
        {
            logger.LogWarning(ex, "Ignoring a malformed {Event} dispatch", eventName);
        }
    }

    /// <summary>Waits for in-flight work up to <paramref name="timeout"/>, then cancels what is left.</summary>
    public Task DrainAsync(TimeSpan timeout) => work.DrainAsync(timeout);

    private void Track(Func<CancellationToken, Task> action) => _ = work.Track(action);
}
