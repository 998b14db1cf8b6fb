namespace Montenegro.Bot.Knowledge.Search;

/// <summary>How a retriever's index came to be.</summary>
public enum IndexOrigin
{
    /// <summary>Built now, because no index of these documents existed.</summary>
    Built,

    /// <summary>Opened from the cache directory, where an earlier start had built it from the same documents.</summary>
    Reopened,

    /// <summary>Built now, because the cached index of these documents was unreadable or incomplete.</summary>
    Rebuilt,
}
