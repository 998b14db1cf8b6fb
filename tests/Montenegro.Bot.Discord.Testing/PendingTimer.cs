namespace Montenegro.Bot.Discord.Testing;

/// <summary>
/// A timer the code under test started on a <see cref="TrackingTimeProvider"/>: a <c>Task.Delay</c>, a
/// <c>WaitAsync</c> timeout or a <c>CancellationTokenSource</c> deadline. While it is pending, whatever awaits it is
/// suspended, so nothing it guards can happen before the test advances the clock to <see cref="DueAt"/>.
/// </summary>
public sealed class PendingTimer
{
    private readonly TimeProvider _clock;
    private long _dueTicks;
    private volatile bool _pending;

    internal PendingTimer(long id, TimeProvider clock, DateTimeOffset? dueAt, TimeSpan period)
    {
        Id = id;
        _clock = clock;
        Period = period;
        Reschedule(dueAt, period);
    }

    /// <summary>Increases with every timer started: a timer with a higher id was started later.</summary>
    public long Id { get; }

    /// <summary>When it fires next (fake time).</summary>
    public DateTimeOffset DueAt => new(Interlocked.Read(ref _dueTicks), TimeSpan.Zero);

    /// <summary>How long until it fires, from the fake clock's now.</summary>
    public TimeSpan Remaining => DueAt - _clock.GetUtcNow();

    /// <summary>The repeat interval; <see cref="Timeout.InfiniteTimeSpan"/> for a one-shot timer.</summary>
    public TimeSpan Period { get; private set; }

    /// <summary>Started, not yet fired (one-shot), not disposed and not stopped.</summary>
    public bool IsPending => _pending;

    /// <inheritdoc />
    public override string ToString() => $"timer #{Id} due in {Remaining}{(IsPending ? "" : " (done)")}";

    internal void Reschedule(DateTimeOffset? dueAt, TimeSpan period)
    {
        Period = period;
        if (dueAt is { } due)
        {
            Interlocked.Exchange(ref _dueTicks, due.UtcTicks);
        }

        _pending = dueAt is not null;
    }

    internal void Fired()
    {
        if (Period == Timeout.InfiniteTimeSpan || Period == TimeSpan.Zero)
        {
            _pending = false;
        }
        else
        {
            Interlocked.Exchange(ref _dueTicks, DueAt.UtcTicks + Period.Ticks);
        }
    }

    internal void Stopped() => _pending = false;
}
