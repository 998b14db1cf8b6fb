namespace Montenegro.Bot.Discord.Http;

/// <summary>
/// Remembers every interaction id received while its signed timestamp can still pass the
/// <see cref="InteractionSignatureVerifier.MaxClockSkew"/> check, so a captured request replayed inside that window is
/// refused however many others came in between. Bounded by time, not count: an id is forgotten only once its timestamp
/// is too old for the verifier to accept the request at all. Memory is capped at <see cref="Capacity"/> ids; when that
/// many are still inside the window, new interactions are refused (fail closed) instead of forgetting one. Thread-safe.
/// </summary>
internal sealed class InteractionReplayGuard
{
    /// <summary>
    /// 500,000 ids: about 25 MB at most, and room for over 1,600 interactions a second sustained through the whole
    /// 5-minute window, far beyond what one process answers.
    /// </summary>
    public const int DefaultCapacity = 500_000;

    private static readonly long WindowSeconds = (long)InteractionSignatureVerifier.MaxClockSkew.TotalSeconds;

    private readonly TimeProvider _time;
    private readonly Dictionary<ulong, long> _expiryById = [];

    // Earliest expiry first. May hold outdated entries for an id whose expiry was extended; those are skipped.
    private readonly PriorityQueue<ulong, long> _expiries = new();
    private readonly Lock _gate = new();

    /// <summary>Creates the guard.</summary>
    /// <param name="time">The clock the verifier uses.</param>
    /// <param name="capacity">How many ids it may hold.</param>
    public InteractionReplayGuard(TimeProvider time, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _time = time;
        Capacity = capacity;
    }

    /// <summary>The most ids held at once.</summary>
    public int Capacity { get; }

    /// <summary>How many ids are held now (expired ones are dropped at the next <see cref="Check"/>).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _expiryById.Count;
            }
        }
    }

    /// <summary>Records a correctly signed interaction and says whether to handle it.</summary>
    /// <param name="interactionId">The interaction's id.</param>
    /// <param name="signedAtUnixSeconds">Its verified <c>X-Signature-Timestamp</c>.</param>
    /// <returns>Whether it is new, a replay, or cannot be remembered.</returns>
    public ReplayCheck Check(ulong interactionId, long signedAtUnixSeconds)
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();

        // The verifier accepts the request while now - signedAt <= window, so it must be remembered until then.
        var expiry = signedAtUnixSeconds + WindowSeconds;
        lock (_gate)
        {
            ForgetExpired(now);
            if (_expiryById.TryGetValue(interactionId, out var known))
            {
                if (expiry > known)
                {
                    // The same id signed later (a genuine redelivery): that capture must be remembered as long.
                    _expiryById[interactionId] = expiry;
                    _expiries.Enqueue(interactionId, expiry);
                }

                return ReplayCheck.Replayed;
            }

            if (_expiryById.Count >= Capacity)
            {
                return ReplayCheck.OverCapacity;
            }

            _expiryById.Add(interactionId, expiry);
            _expiries.Enqueue(interactionId, expiry);
            return ReplayCheck.New;
        }
    }

    /// <summary>How long until the oldest id is forgotten and room frees up (at least one second).</summary>
    public TimeSpan UntilRoom()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow().ToUnixTimeSeconds();
            return _expiries.TryPeek(out _, out var earliest)
                ? TimeSpan.FromSeconds(Math.Max(1, earliest - now + 1))
                : TimeSpan.FromSeconds(1);
        }
    }

    private void ForgetExpired(long now)
    {
        while (_expiries.TryPeek(out var id, out var expiry) && expiry < now)
        {
            _expiries.Dequeue();
            if (_expiryById.TryGetValue(id, out var current) && current == expiry)
            {
                _expiryById.Remove(id);
            }
        }
    }
}
