namespace Montenegro.Bot.Hosting;

/// <summary>How the bot reaches Discord, decided by its settings.</summary>
public enum DiscordTransport
{
    /// <summary>Neither a token nor a public key: no Discord at all.</summary>
    None,

    /// <summary>A token: the gateway (slash commands and free text).</summary>
    Gateway,

    /// <summary>A public key: slash commands POSTed to <c>/interactions</c>; no gateway, so replicas scale out.</summary>
    HttpInteractions,
}
