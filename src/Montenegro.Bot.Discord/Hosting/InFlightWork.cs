using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Montenegro.Bot.Discord.Hosting;

/// <summary>
/// Background answers that outlive the event (gateway dispatch or HTTP request) that started them. Tracked so that
/// shutdown can let them finish, then cancel what is left. Shared by both transports.
/// </summary>
internal sealed class InFlightWork(ILogger<InFlightWork> logger) : IDisposable
{
    private readonly ConcurrentDictionary<long, Task> _inFlight = new();
    private readonly CancellationTokenSource _drain = new();
    private long _nextId;

    public int Count => _inFlight.Count;

    /// <summary>Runs <paramref name="work"/> on the thread pool; the token is cancelled when a drain runs out of time.</summary>
    /// <returns>Completes when the work is done; never faults.</returns>
    public Task Track(Func<CancellationToken, Task> work)
    {
        var id = Interlocked.Increment(ref _nextId);
        var token = _drain.Token;
        var task = Task.Run(async () =>
        {
            try
            {
                await work(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Unhandled error while answering Discord");
            }
        });
        _inFlight[id] = task;
        _ = task.ContinueWith(_ => _inFlight.TryRemove(id, out Task? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    /// <summary>Waits for in-flight work up to <paramref name="timeout"/>, then cancels what is left.</summary>
    public async Task DrainAsync(TimeSpan timeout)
    {
        var pending = _inFlight.Values.ToArray();
        if (pending.Length == 0)
        {
            return;
        }

        logger.LogInformation("Waiting for {Count} in-flight replies", pending.Length);
        try
        {
            // Wall clock on purpose: shutdown must not hang on a test's fake clock.
            await Task.WhenAll(pending).WaitAsync(timeout, TimeProvider.System).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("{Count} replies did not finish within {Timeout}; abandoning them", _inFlight.Count, timeout);
            await _drain.CancelAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => _drain.Dispose();
}
