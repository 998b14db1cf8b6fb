using System.Collections.Concurrent;
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
    ILogger<GatewayEventRouter> logger) : IGatewayEventSink, IDisposable
{
    private readonly ConcurrentDictionary<long, Task> inFlight = new();
    private readonly CancellationTokenSource drain = new();
    private long nextId;
    private volatile BotIdentity? self;

    public BotIdentity? Self => self;

    public int InFlightCount => inFlight.Count;

    public void OnReady(BotIdentity identity)
    {
        self = identity;
        Track(() => registrar.RegisterOnceAsync(identity.ApplicationId, drain.Token));
    }

    public void OnDispatch(string eventName, JsonElement data)
    {
        try
        {
            switch (eventName)
            {
                case "INTERACTION_CREATE" when interactions is not null:
                    var interaction = DiscordModelParser.ParseInteraction(data);
                    Track(() => interactions.DispatchAsync(interaction, responder, drain.Token));
                    break;
                case "MESSAGE_CREATE" when messages is not null && self is { } me:
                    var message = DiscordModelParser.ParseMessage(data);
                    if (!MessageDispatcher.IsIgnored(message, me))
                    {
                        Track(() => messages.DispatchAsync(message, me, drain.Token));
                    }

                    break;
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            logger.LogWarning(ex, "Ignoring a malformed {Event} dispatch", eventName);
        }
    }

    /// <summary>Waits for in-flight work up to <paramref name="timeout"/>, then cancels what is left.</summary>
    public async Task DrainAsync(TimeSpan timeout)
    {
        var pending = inFlight.Values.ToArray();
        if (pending.Length == 0)
        {
            return;
        }

        logger.LogInformation("Waiting for {Count} in-flight replies", pending.Length);
        try
        {
            await Task.WhenAll(pending).WaitAsync(timeout, TimeProvider.System).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("{Count} replies did not finish within {Timeout}; abandoning them", inFlight.Count, timeout);
            await drain.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogDebug(ex, "An in-flight reply failed during shutdown");
        }
    }

    public void Dispose() => drain.Dispose();

    private void Track(Func<Task> work)
    {
        var id = Interlocked.Increment(ref nextId);
        var task = Task.Run(async () =>
        {
            try
            {
                await work().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Unhandled error while handling a gateway event");
            }
            catch (OperationCanceledException)
            {
            }
        });
        inFlight[id] = task;
        _ = task.ContinueWith(_ => inFlight.TryRemove(id, out Task? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
