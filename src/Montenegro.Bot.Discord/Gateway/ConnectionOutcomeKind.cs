namespace Montenegro.Bot.Discord.Gateway;

/// <summary>Next step after a connection ended.</summary>
internal enum ConnectionOutcomeKind
{
    /// <summary>The host is stopping; do not reconnect.</summary>
    Stopped,

    /// <summary>Reconnect and RESUME when a session is held.</summary>
    Resume,

    /// <summary>Reconnect with a fresh IDENTIFY.</summary>
    Identify,

    /// <summary>Stop for good; the configuration must change.</summary>
    Fatal,
}
