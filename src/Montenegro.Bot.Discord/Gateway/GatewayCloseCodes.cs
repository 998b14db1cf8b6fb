namespace Montenegro.Bot.Discord.Gateway;

/// <summary>What to do about a gateway close code.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Close code the library uses to end a connection while keeping the session resumable.</summary>
    public const int Reconnecting = 4000;

    /// <summary>For a fatal code (never reconnect), the line that tells the operator what to fix; otherwise null.</summary>
    public static string? FatalAdvice(int code, string messageContentSetting) => code switch
    {
        4004 => "Discord closed the gateway with 4004 (authentication failed): set Discord:Token to the bot token from the developer portal (Bot page).",
        4010 => "Discord closed the gateway with 4010 (invalid shard): check Discord:ShardId and Discord:ShardCount.",
        4011 => "Discord closed the gateway with 4011 (sharding required): the bot is in too many guilds for one connection; set Discord:ShardId and Discord:ShardCount.",
        4012 => "Discord closed the gateway with 4012 (invalid API version): update the Discord library.",
        4013 => "Discord closed the gateway with 4013 (invalid intents): the library sent unknown intent bits; this is a bug in the Discord library.",
        4014 => $"Discord closed the gateway with 4014 (disallowed intents): enable the Message Content intent in the developer portal (Bot page, Privileged Gateway Intents), or set {messageContentSetting}=false.",
        _ => null,
    };

    /// <summary>True when the session cannot be resumed after this code and a fresh IDENTIFY is needed.</summary>
    public static bool RequiresNewSession(int code) => code is 4003 or 4007 or 4009;
}
