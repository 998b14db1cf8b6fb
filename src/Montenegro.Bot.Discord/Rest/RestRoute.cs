namespace Montenegro.Bot.Discord.Rest;

/// <summary>A REST route: the template (for buckets and logs; never contains tokens) and the concrete path.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Template">e.g. <c>/channels/{channel}/messages</c>.</param>
/// <param name="MajorParameter">
/// What scopes the bucket: the channel or guild id, or for webhook and interaction routes the id with its token
/// (Discord limits those per token). Kept in memory only; never logged.
/// </param>
/// <param name="Path">The concrete path below the API base URL.</param>
/// <param name="Authenticated">Whether the bot token is sent and the global limit applies.</param>
internal sealed record RestRoute(HttpMethod Method, string Template, string MajorParameter, string Path, bool Authenticated)
{
    /// <summary>The route without its parameters, e.g. <c>POST /channels/{channel}/messages</c>.</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    /// <summary>The bucket of this route and major parameter until Discord names a shared one.</summary>
    public string BucketKey => $"{RouteKey} {MajorParameter}";

    public override string ToString() => $"{Method.Method} {Template}";
}
