namespace Montenegro.Bot.Discord.Tests;

/// <summary>How interactions reach the bot in a test.</summary>
public enum InteractionTransport
{
    /// <summary>INTERACTION_CREATE over the fake gateway; the initial response is a REST callback.</summary>
    Gateway,

    /// <summary>A signed POST to the bot's HTTP endpoint; the initial response is the HTTP body.</summary>
    Http,
}
