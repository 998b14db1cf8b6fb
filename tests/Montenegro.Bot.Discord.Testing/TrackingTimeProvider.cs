using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Montenegro.Bot.Discord.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also shows the test which timers the code under test is waiting on. That is
/// the synchronization point fake time needs: advance the clock once the code is known to be waiting (the timer
/// exists), never "after a while". A timer that is still pending after an advance proves the wait it guards is not
/// over, which is how tests assert that something has not happened yet without sleeping.
/// </summary>
public sealed class TrackingTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentDictionary<long, PendingTimer> _timers = new();
    private long _lastId;

    /// <summary>Starts the fake clock at <paramref name="start"/>.</summary>
    public TrackingTimeProvider(DateTimeOffset start)
        : base(start)
    {
    }

    /// <summary>Pulsed when a timer is started, changed, fired or stopped, and when the clock moves.</summary>
    public ChangeSignal Changes { get; } = new();

    /// <summary>The id of the last timer started; pass it to <c>startedAfter</c> to look only at timers started later.</summary>
    public long LastTimerId => Interlocked.Read(ref _lastId);

    /// <summary>The timers that will fire if the clock moves far enough, earliest first.</summary>
    public IReadOnlyList<PendingTimer> PendingTimers =>
        _timers.Values.Where(t => t.IsPending).OrderBy(t => t.DueAt).ThenBy(t => t.Id).ToList();

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var tracked = new PendingTimer(Interlocked.Increment(ref _lastId), this, period, Caller(new StackTrace(1, false)));
        ITimer inner;
        lock (tracked.Gate)
        {
            // Shown to tests only once the real timer is scheduled: a test that advanced the clock in between would
            // otherwise jump to a due time the real timer does not have yet.
            tracked.Arming(period);
            inner = base.CreateTimer(
                s =>
                {
                    lock (tracked.Gate)
                    {
                        tracked.Fired();
                    }

                    Forget(tracked);
                    Changes.Pulse();
                    callback(s);
                },
                state,
                dueTime,
                period);
            tracked.Armed(dueTime);
        }

        Show(tracked);
        return new Handle(this, tracked, inner);
    }

    /// <summary>Moves the clock to <paramref name="timer"/>'s due time, firing it and every timer due before it.</summary>
    /// <param name="timer">A pending timer.</param>
    public void AdvanceTo(PendingTimer timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var step = timer.Remaining;
        Advance(step > TimeSpan.Zero ? step : TimeSpan.Zero);
        Changes.Pulse();
    }

    /// <summary>
    /// Waits until the code under test is waiting on a timer that matches, and returns the earliest such timer.
    /// </summary>
    /// <param name="match">Which timer (e.g. by <see cref="PendingTimer.Remaining"/>).</param>
    /// <param name="because">Named in the timeout message.</param>
    /// <param name="startedAfter">Only timers with a higher <see cref="PendingTimer.Id"/> (see <see cref="LastTimerId"/>).</param>
    /// <param name="timeout">Wall-clock limit.</param>
    /// <returns>The earliest pending timer that matches.</returns>
    public async Task<PendingTimer> WaitForTimerAsync(Func<PendingTimer, bool> match, string because, long startedAfter = 0, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        PendingTimer? found = null;
        await ChangeSignal.WaitUntilAsync(() => (found = Find(match, startedAfter)) is not null, "a timer for " + because, timeout, Changes)
            .ConfigureAwait(false);
        return found!;
    }

    /// <summary>
    /// Runs the clock forward timer by timer until <paramref name="done"/> holds: each time the code under test waits on
    /// a timer that <paramref name="advanceTo"/> accepts, the clock jumps to it. Timers it does not accept (heartbeats,
    /// long deadlines) are left alone unless they fall due on the way.
    /// </summary>
    /// <param name="done">The goal.</param>
    /// <param name="advanceTo">Which timers the test drives.</param>
    /// <param name="because">Named in the timeout message.</param>
    /// <param name="timeout">Wall-clock limit for the whole run.</param>
    /// <param name="sources">What else <paramref name="done"/> depends on (the fake Discord, the log...).</param>
    public async Task AdvanceUntilAsync(Func<bool> done, Func<PendingTimer, bool> advanceTo, string because, TimeSpan? timeout, params ChangeSignal[] sources)
    {
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(sources);
        var limit = timeout ?? ChangeSignal.DefaultTimeout;
        var started = System.GetTimestamp();
        var watched = sources.Append(Changes).ToArray();
        while (!done())
        {
            PendingTimer? next = null;
            var left = limit - System.GetElapsedTime(started);
            await ChangeSignal.WaitUntilAsync(() => done() || (next = Find(advanceTo, 0)) is not null, because, left > TimeSpan.Zero ? left : TimeSpan.Zero, watched)
                .ConfigureAwait(false);
            if (next is not null && !done())
            {
                AdvanceTo(next);
            }
        }
    }

    /// <summary>
    /// The first frame outside the timing plumbing (this class, the BCL's <c>Task.Delay</c>/<c>WaitAsync</c>), named
    /// after the method the source declares: an async method's frame is its state machine, <c>&lt;Name&gt;d__7</c>,
    /// nested in the declaring type.
    /// </summary>
    private static string Caller(StackTrace trace)
    {
        foreach (var frame in trace.GetFrames())
        {
            var method = frame.GetMethod();
            var type = method?.DeclaringType;
            if (type is null || type == typeof(TrackingTimeProvider) || type.Namespace is null || !type.Namespace.StartsWith("Montenegro.Bot", StringComparison.Ordinal))
            {
                continue;
            }

            if (type.Name.StartsWith('<') && type.DeclaringType is { } outer)
            {
                var end = type.Name.IndexOf('>', StringComparison.Ordinal);
                return $"{outer.Name}.{type.Name[1..end]}";
            }

            return $"{type.Name}.{method!.Name}";
        }

        return "(unknown)";
    }

    private PendingTimer? Find(Func<PendingTimer, bool> match, long startedAfter) =>
        PendingTimers.FirstOrDefault(t => t.Id > startedAfter && match(t));

    private void Show(PendingTimer timer)
    {
        if (timer.IsPending)
        {
            _timers[timer.Id] = timer;

            // Fired or stopped meanwhile: don't keep it.
            Forget(timer);
        }

        Changes.Pulse();
    }

    private void Forget(PendingTimer timer)
    {
        if (!timer.IsPending)
        {
            _timers.TryRemove(timer.Id, out _);
        }
    }

    /// <summary>What the code under test holds: changes and disposal keep the tracked view in step.</summary>
    private sealed class Handle(TrackingTimeProvider clock, PendingTimer tracked, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            bool changed;
            lock (tracked.Gate)
            {
                tracked.Arming(period);
                changed = inner.Change(dueTime, period);
                tracked.Armed(dueTime);
            }

            clock.Show(tracked);
            return changed;
        }

        public void Dispose()
        {
            Stop();
            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Stop();
            return inner.DisposeAsync();
        }

        private void Stop()
        {
            lock (tracked.Gate)
            {
                tracked.Stopped();
            }

            clock.Forget(tracked);
            clock.Changes.Pulse();
        }
    }
}
