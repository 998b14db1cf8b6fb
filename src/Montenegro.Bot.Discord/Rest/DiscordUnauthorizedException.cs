using System.Net;

namespace Montenegro.Bot.Discord.Rest;

/// <summary>Discord rejected the bot token (401). Fatal: the library stops making requests.</summary>
public sealed class DiscordUnauthorizedException : DiscordRestException
{
    /// <summary>The log line that says what to fix.</summary>
    public const string Advice = "Discord rejected the bot token (401 Unauthorized): set Discord:Token to the bot token from the developer portal (Bot page, Reset Token).";

    /// <summary>Creates the exception.</summary>
    /// <param name="route">The route template.</param>
    public DiscordUnauthorizedException(string route)
        : base(HttpStatusCode.Unauthorized, 40001, route, Advice)
    {
    }
}
