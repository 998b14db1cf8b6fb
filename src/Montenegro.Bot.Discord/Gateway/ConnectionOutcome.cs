namespace Montenegro.Bot.Discord.Gateway;

/// <summary>How one gateway connection ended and what the reconnect loop should do next.</summary>
internal sealed record ConnectionOutcome(ConnectionOutcomeKind Kind)
{
    /// <summary>The socket connected.</summary>
    public bool Connected { get; init; }

    /// <summary>READY or RESUMED was received.</summary>
    public bool Healthy { get; init; }

    /// <summary>RESUMED was received.</summary>
    public bool Resumed { get; init; }

    /// <summary>A delay required by the protocol (invalid session), instead of the backoff.</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>The close code, when Discord sent one.</summary>
    public int? CloseCode { get; init; }

    /// <summary>For <see cref="ConnectionOutcomeKind.Fatal"/>: what to fix.</summary>
    public string? Advice { get; init; }
}
