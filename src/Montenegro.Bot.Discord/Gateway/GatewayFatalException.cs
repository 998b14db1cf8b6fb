namespace Montenegro.Bot.Discord.Gateway;

/// <summary>The gateway cannot continue without a configuration change; the message says what to fix.</summary>
internal sealed class GatewayFatalException(string advice) : Exception(advice);
