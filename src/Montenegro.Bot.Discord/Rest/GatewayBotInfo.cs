namespace Montenegro.Bot.Discord.Rest;

/// <summary>The answer of <c>GET /gateway/bot</c>.</summary>
/// <param name="Url">The gateway WebSocket URL.</param>
/// <param name="Shards">Recommended shard count.</param>
/// <param name="SessionStartsRemaining">IDENTIFYs left in the current 24 h window, if reported.</param>
public sealed record GatewayBotInfo(string Url, int Shards, int? SessionStartsRemaining);
