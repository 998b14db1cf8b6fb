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
    private bool _firedSinceArmed;

    internal PendingTimer(long id, TimeProvider clock, TimeSpan period, string startedBy)
    {
        Id = id;
        _clock = clock;
        Period = period;
        StartedBy = startedBy;
    }

    /// <summary>
    /// The method of the code under test that started it, as <c>Type.Method</c> (e.g.
    /// <c>GatewayConnection.HeartbeatLoopAsync</c>): lets a test drive one kind of wait without mistaking another short
    /// timer that happens to be pending (a rate-limit pause) for it.
    /// </summary>
    public string StartedBy { get; }

    /// <summary>Increases with every timer started: a timer with a higher id was started later.</summary>
    public long Id { get; }

    /// <summary>When it fires next (fake time).</summary>
    public DateTimeOffset DueAt => new(Interlocked.Read(ref _dueTicks), TimeSpan.Zero);

    /// <summary>How long until it fires, from the fake clock's now.</summary>
    public TimeSpan Remaining => DueAt - _clock.GetUtcNow();

    /// <summary>The repeat interval; <see cref="Timeout.InfiniteTimeSpan"/> for a one-shot timer.</summary>
    public TimeSpan Period { get; private set; }

    /// <summary>Scheduled, not yet fired (one-shot), not disposed and not stopped.</summary>
    public bool IsPending => _pending;

    /// <summary>Serializes scheduling with firing, so the tracked state never disagrees with the real timer.</summary>
    internal Lock Gate { get; } = new();

    /// <inheritdoc />
    public override string ToString() => $"timer #{Id} of {StartedBy} due in {Remaining}{(IsPending ? "" : " (done)")}";

    /// <summary>Before the real timer is (re)scheduled: not pending until <see cref="Armed"/> says when.</summary>
    internal void Arming(TimeSpan period)
    {
        Period = period;
        _pending = false;
        _firedSinceArmed = false;
    }

    /// <summary>
    /// After the real timer is scheduled. The due time is read from the clock afterwards, so it is never earlier than
    /// the real one even if the clock moved meanwhile: advancing to it always fires the timer.
    /// </summary>
    internal void Armed(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        var repeating = Period != Timeout.InfiniteTimeSpan && Period != TimeSpan.Zero;
        if (_firedSinceArmed && !repeating)
        {
            return;
        }

        Interlocked.Exchange(ref _dueTicks, (_clock.GetUtcNow() + (_firedSinceArmed ? Period : dueTime)).UtcTicks);
        _pending = true;
    }

    internal void Fired()
    {
        _firedSinceArmed = true;
        if (Period == Timeout.InfiniteTimeSpan || Period == TimeSpan.Zero)
        {
            _pending = false;
        }
        else if (_pending)
        {
            Interlocked.Exchange(ref _dueTicks, DueAt.UtcTicks + Period.Ticks);
        }
    }

    internal void Stopped() => _pending = false;
}
