namespace Montenegro.Bot.Discord.Rest;

/// <summary>The answer of <c>GET /gateway/bot</c>.</summary>
/// <param name="Url">The gateway WebSocket URL.</param>
/// <param name="Shards">Recommended shard count.</param>
/// <param name="SessionStartLimit">The IDENTIFY budget, if reported.</param>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit? SessionStartLimit)
{
    /// <summary>IDENTIFYs left in the current window, if reported.</summary>
    public int? SessionStartsRemaining => SessionStartLimit?.Remaining;
}
