using Montenegro.Bot.Discord.Hosting;

namespace Montenegro.Bot.Discord.Gateway;

/// <summary>Fixed inputs of every gateway connection.</summary>
internal sealed record GatewayConnectionSettings(
    string Token,
    GatewayIntents Intents,
    (int Id, int Count)? Shard,
    string MessageContentSetting,
    Random Random,
    DiscordMetrics Metrics)
{
    public override string ToString() => $"GatewayConnectionSettings {{ Intents = {Intents}, Shard = {Shard} }}";
}
