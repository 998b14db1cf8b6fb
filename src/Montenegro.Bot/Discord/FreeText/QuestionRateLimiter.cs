namespace Montenegro.Bot.Discord.FreeText;

/// <summary>
/// Fair limits on free-text answers: a token bucket per user (a burst, then one question per interval) and one per
/// channel (so a single busy channel cannot take the whole of Discord's 50 requests/s), kept as "theoretical arrival
/// times" (GCRA), one number per user or channel. A question over a limit takes the next free place in both buckets
/// when that is within the longest wait, and is refused otherwise; a refused question takes nothing. Thread-safe; idle
/// entries are dropped when the tables grow.
/// </summary>
public sealed class QuestionRateLimiter
{
    private const int PruneAt = 10_000;

    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<ulong, UserEntry> _users = [];
    private readonly Dictionary<ulong, DateTimeOffset> _channels = [];
    private readonly TimeSpan _userInterval;
    private readonly TimeSpan _userTolerance;
    private readonly TimeSpan _channelInterval;
    private readonly TimeSpan _channelTolerance;
    private readonly TimeSpan _maxWait;

    /// <summary>Creates the limiter.</summary>
    /// <param name="time">The clock.</param>
    /// <param name="userBurst">Questions a user may ask at once.</param>
    /// <param name="userInterval">After the burst, one question per this interval; zero for no per-user limit.</param>
    /// <param name="channelBurst">Answers a channel may get at once.</param>
    /// <param name="channelPerSecond">After that, answers per second in one channel.</param>
    /// <param name="maxWait">The longest a question waits for its turn before it is refused instead.</param>
    public QuestionRateLimiter(TimeProvider time, int userBurst, TimeSpan userInterval, int channelBurst, double channelPerSecond, TimeSpan maxWait)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(userBurst, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(channelBurst, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channelPerSecond);
        _time = time;
        _userInterval = userInterval;
        _userTolerance = userInterval * (userBurst - 1);
        _channelInterval = TimeSpan.FromSeconds(1 / channelPerSecond);
        _channelTolerance = _channelInterval * (channelBurst - 1);
        _maxWait = maxWait;
    }

    /// <summary>Decides for a question of <paramref name="userId"/> in <paramref name="channelId"/>, and takes its place when admitted.</summary>
    public Admission Admit(ulong userId, ulong channelId)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            Prune(now);
            var user = _users.GetValueOrDefault(userId);
            var userTat = Later(user.Tat, now);
            var userWait = _userInterval > TimeSpan.Zero ? Positive(userTat - _userTolerance - now) : TimeSpan.Zero;
            var channelTat = Later(_channels.GetValueOrDefault(channelId), now);
            var channelWait = Positive(channelTat - _channelTolerance - now);
            var wait = userWait > channelWait ? userWait : channelWait;
            if (wait > _maxWait)
            {
                _users[userId] = user with { Refused = true };
                return new Admission(AdmissionKind.Refused, wait, FirstRefusal: !user.Refused);
            }

            // The question's turn is at now + wait in both buckets; each moves on by its own interval from there.
            var at = now + wait;
            if (_userInterval > TimeSpan.Zero)
            {
                _users[userId] = new UserEntry(Later(userTat, at) + _userInterval, Refused: false);
            }

            _channels[channelId] = Later(channelTat, at) + _channelInterval;
            return new Admission(wait > TimeSpan.Zero ? AdmissionKind.Later : AdmissionKind.Now, wait);
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Positive(TimeSpan span) => span > TimeSpan.Zero ? span : TimeSpan.Zero;

    private void Prune(DateTimeOffset now)
    {
        if (_users.Count >= PruneAt)
        {
            foreach (var (id, entry) in _users)
            {
                if (entry.Tat <= now)
                {
                    _users.Remove(id);
                }
            }
        }

        if (_channels.Count >= PruneAt)
        {
            foreach (var (id, tat) in _channels)
            {
                if (tat <= now)
                {
                    _channels.Remove(id);
                }
            }
        }
    }

    private readonly record struct UserEntry(DateTimeOffset Tat, bool Refused);
}
