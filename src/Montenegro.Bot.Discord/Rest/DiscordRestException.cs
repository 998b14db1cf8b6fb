using System.Net;

namespace Montenegro.Bot.Discord.Rest;

/// <summary>Discord refused a REST request. The message names the route template, never tokens.</summary>
public class DiscordRestException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="status">HTTP status.</param>
    /// <param name="code">Discord's JSON error code, if any.</param>
    /// <param name="route">The route template, e.g. <c>POST /channels/{id}/messages</c>.</param>
    /// <param name="detail">Discord's error message or body excerpt.</param>
    public DiscordRestException(HttpStatusCode status, int? code, string route, string detail)
        : base($"Discord answered {(int)status} {status}{(code is null ? "" : $" (code {code})")} to {route}: {detail}")
    {
        Status = status;
        Code = code;
        Route = route;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>Discord's JSON error code (e.g. 10062 unknown interaction), if any.</summary>
    public int? Code { get; }

    /// <summary>The route template.</summary>
    public string Route { get; }
}
