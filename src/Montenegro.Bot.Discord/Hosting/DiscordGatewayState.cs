namespace Montenegro.Bot.Discord.Hosting;

/// <summary>
/// Live state of the gateway connection, for readiness checks and diagnostics. Thread-safe; a singleton.
/// </summary>
public sealed class DiscordGatewayState
{
    private long _reconnects;
    private long _resumes;
    private volatile bool _isReady;
    private volatile string? _sessionId;
    private volatile string? _fatalError;

    /// <summary>True between READY/RESUMED and the next disconnect.</summary>
    public bool IsReady => _isReady;

    /// <summary>The current gateway session id, if any.</summary>
    public string? SessionId => _sessionId;

    /// <summary>How many times the gateway reconnected.</summary>
    public long Reconnects => Interlocked.Read(ref _reconnects);

    /// <summary>How many sessions were resumed.</summary>
    public long Resumes => Interlocked.Read(ref _resumes);

    /// <summary>
    /// Set when the connection stopped for good (bad token, disallowed intents...): what to fix. The library's one fatal
    /// signal: it records this, then stops the host; the application reads it to choose its exit code.
    /// </summary>
    public string? FatalError => _fatalError;

    internal void SetReady(string session)
    {
        _sessionId = session;
        _isReady = true;
    }

    internal void SetNotReady() => _isReady = false;

    internal void ClearSession()
    {
        _sessionId = null;
        _isReady = false;
    }

    internal void AddReconnect() => Interlocked.Increment(ref _reconnects);

    internal void AddResume() => Interlocked.Increment(ref _resumes);

    internal void SetFatal(string message)
    {
        _fatalError = message;
        _isReady = false;
    }

    /// <inheritdoc />
    public override string ToString() => $"Gateway ready={IsReady} session={SessionId} reconnects={Reconnects} resumes={Resumes}";
}
