namespace Montenegro.Bot.Discord.Rest;

/// <summary>A REST route: the template (for buckets and logs; never contains tokens) and the concrete path.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Template">e.g. <c>/channels/{channel}/messages</c>.</param>
/// <param name="MajorParameter">The id that scopes the bucket (channel, guild, webhook/interaction id).</param>
/// <param name="Path">The concrete path below the API base URL.</param>
/// <param name="Authenticated">Whether the bot token is sent and the global limit applies.</param>
internal sealed record RestRoute(HttpMethod Method, string Template, string MajorParameter, string Path, bool Authenticated)
{
    public string BucketKey => $"{Method.Method} {Template} {MajorParameter}";

    public override string ToString() => $"{Method.Method} {Template}";
}
