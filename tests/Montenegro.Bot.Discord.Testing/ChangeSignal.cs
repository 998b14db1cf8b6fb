namespace Montenegro.Bot.Discord.Testing;

/// <summary>
/// Tells waiters that something they may be watching has changed (a request recorded, a log line written, a timer
/// started). A waiter takes <see cref="Next"/> before it checks its condition, so a change between the check and the
/// wait is never missed. Thread-safe.
/// </summary>
public sealed class ChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Pulse"/>.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>Wakes everyone waiting on <see cref="Next"/>.</summary>
    public void Pulse() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, re-checking it whenever one of <paramref name="sources"/> changes.
    /// No polling: a condition that depends on nothing the sources report is checked once and then times out.
    /// </summary>
    /// <param name="condition">What must become true.</param>
    /// <param name="because">Named in the timeout message.</param>
    /// <param name="timeout">Wall-clock limit (10 s by default); a test that needs it has already failed.</param>
    /// <param name="sources">What the condition depends on.</param>
    /// <exception cref="TimeoutException">The condition did not hold in time.</exception>
    public static async Task WaitUntilAsync(Func<bool> condition, string because, TimeSpan? timeout, params ChangeSignal[] sources)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(sources);
        var limit = timeout ?? DefaultTimeout;
        var deadline = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var changed = Task.WhenAny(sources.Select(s => s.Next));
            if (condition())
            {
                return;
            }

            var left = limit - TimeProvider.System.GetElapsedTime(deadline);
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Condition not met within {limit}: {because}");
            }

            try
            {
                await changed.WaitAsync(left).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                if (condition())
                {
                    return;
                }

                throw new TimeoutException($"Condition not met within {limit}: {because}");
            }
        }
    }

    /// <summary>How long a wait lasts before it fails, unless told otherwise.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(10);
}
