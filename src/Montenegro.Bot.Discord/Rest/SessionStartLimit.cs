namespace Montenegro.Bot.Discord.Rest;

/// <summary>The IDENTIFY budget reported by <c>GET /gateway/bot</c> (<c>session_start_limit</c>).</summary>
/// <param name="Total">Session starts allowed per window (usually 1000 per 24 h).</param>
/// <param name="Remaining">Session starts left in the current window.</param>
/// <param name="ResetAfter">When the window resets.</param>
/// <param name="MaxConcurrency">IDENTIFYs allowed per 5 seconds.</param>
public sealed record SessionStartLimit(int Total, int Remaining, TimeSpan ResetAfter, int MaxConcurrency);
