namespace Montenegro.Bot.Discord.Testing;

/// <summary>A canned answer for the next REST request that matches.</summary>
public sealed record ScriptedResponse(
    Func<string, string, bool> Matches,
    int Status,
    string Body,
    IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>A route-scoped 429 as Discord sends it.</summary>
    public static ScriptedResponse RateLimited(Func<string, string, bool> matches, double retryAfterSeconds, bool global = false) =>
        new(
            matches,
            429,
            $$"""{"message":"You are being rate limited.","retry_after":{{retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""",
            new Dictionary<string, string>
            {
                ["Retry-After"] = Math.Ceiling(retryAfterSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["X-RateLimit-Limit"] = "5",
                ["X-RateLimit-Remaining"] = "0",
                ["X-RateLimit-Reset-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["X-RateLimit-Bucket"] = "fakebucket",
                ["X-RateLimit-Scope"] = global ? "global" : "user",
                ["X-RateLimit-Global"] = global ? "true" : "false",
            });

    /// <summary>A 401 as Discord sends it for a bad token.</summary>
    public static ScriptedResponse Unauthorized(Func<string, string, bool> matches) =>
        new(matches, 401, """{"message":"401: Unauthorized","code":0}""", new Dictionary<string, string>());
}
