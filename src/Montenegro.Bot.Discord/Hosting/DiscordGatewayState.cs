namespace Montenegro.Bot.Discord.Hosting;

/// <summary>
/// Live state of the gateway connection, for readiness checks and diagnostics. Thread-safe; a singleton.
/// </summary>
public sealed class DiscordGatewayState
{
    private long reconnects;
    private long resumes;
    private volatile bool isReady;
    private volatile string? sessionId;
    private volatile string? fatalError;

    /// <summary>True between READY/RESUMED and the next disconnect.</summary>
    public bool IsReady => isReady;

    /// <summary>The current gateway session id, if any.</summary>
    public string? SessionId => sessionId;

    /// <summary>How many times the gateway reconnected.</summary>
    public long Reconnects => Interlocked.Read(ref reconnects);

    /// <summary>How many sessions were resumed.</summary>
    public long Resumes => Interlocked.Read(ref resumes);

    /// <summary>
    /// Set when the connection stopped for good (bad token, disallowed intents...): what to fix. The library's one fatal
    /// signal: it records this, then stops the host; the application reads it to choose its exit code.
    /// </summary>
    public string? FatalError => fatalError;

    internal void SetReady(string session)
    {
        sessionId = session;
        isReady = true;
    }

    internal void SetNotReady() => isReady = false;

    internal void ClearSession()
    {
        sessionId = null;
        isReady = false;
    }

    internal void AddReconnect() => Interlocked.Increment(ref reconnects);

    internal void AddResume() => Interlocked.Increment(ref resumes);

    internal void SetFatal(string message)
    {
        fatalError = message;
        isReady = false;
    }

    /// <inheritdoc />
    public override string ToString() => $"Gateway ready={IsReady} session={SessionId} reconnects={Reconnects} resumes={Resumes}";
}
