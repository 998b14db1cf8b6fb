using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Montenegro.Bot.Discord.Testing;

/// <summary>
/// The fake's side of components and the newer REST routes: follow-up edits and deletes by id, reactions, channel and
/// message reads, component and modal limits, shared rate-limit buckets (<c>X-RateLimit-Bucket</c>), a configurable
/// <c>session_start_limit</c>, and the raw headers of uploaded file parts.
/// </summary>
public sealed partial class FakeDiscord
{
    private readonly ConcurrentQueue<RecordedFilePart> _fileParts = new();
    private readonly List<FakeBucket> _fakeBuckets = [];
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _bucketWindows = [];
    private readonly ConcurrentDictionary<ulong, JsonObject> _storedChannels = new();
    private readonly ConcurrentDictionary<(ulong Channel, ulong Message), JsonObject> _storedMessages = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<ulong, byte>> _followups = new();

    /// <summary>Every uploaded file part, with its Content-Disposition header exactly as the bot wrote it.</summary>
    public IReadOnlyList<RecordedFilePart> FileParts => _fileParts.ToArray();

    /// <summary><c>session_start_limit.remaining</c> reported by <c>GET /gateway/bot</c>.</summary>
    public int SessionStartsRemaining { get; set; } = 999;

    /// <summary><c>session_start_limit.reset_after</c> (milliseconds) reported by <c>GET /gateway/bot</c>.</summary>
    public int SessionStartResetAfterMs { get; set; } = 14_400_000;

    /// <summary>
    /// Limits the routes <paramref name="matches"/> accepts as one Discord bucket named <paramref name="name"/>: at most
    /// <paramref name="limit"/> requests per <paramref name="resetAfterSeconds"/> for each major parameter, announced with
    /// <c>X-RateLimit-Bucket: name</c>; over it, a 429.
    /// </summary>
    /// <param name="name">The bucket hash sent in <c>X-RateLimit-Bucket</c>.</param>
    /// <param name="matches">(method, path) of the routes in the bucket.</param>
    /// <param name="majorParameter">The major parameter of a path (e.g. its channel id).</param>
    /// <param name="limit">Requests per window.</param>
    /// <param name="resetAfterSeconds">The window.</param>
    public void AddBucket(string name, Func<string, string, bool> matches, Func<string, string> majorParameter, int limit, double resetAfterSeconds)
    {
        lock (_gate)
        {
            _fakeBuckets.Add(new FakeBucket(name, matches, majorParameter, limit, TimeSpan.FromSeconds(resetAfterSeconds)));
        }
    }

    /// <summary>Makes <c>GET /channels/{id}</c> find a channel (a channel object with at least <c>id</c> and <c>type</c>).</summary>
    public void AddChannel(JsonObject channel) =>
        _storedChannels[ulong.Parse(channel["id"]!.GetValue<string>(), CultureInfo.InvariantCulture)] = channel;

    /// <summary>Makes <c>GET /channels/{channel_id}/messages/{id}</c> find a message.</summary>
    public void AddMessage(JsonObject message) =>
        _storedMessages[(ulong.Parse(message["channel_id"]!.GetValue<string>(), CultureInfo.InvariantCulture), ulong.Parse(message["id"]!.GetValue<string>(), CultureInfo.InvariantCulture))] = message;

    /// <summary>Checks a message body's components against Discord's limits; returns the first problem or null.</summary>
    public static string? CheckComponents(JsonNode? data)
    {
        var rows = data?["components"]?.AsArray() ?? [];
        if (rows.Count > 5)
        {
            return $"components: {rows.Count} rows > 5";
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var children = row?["components"]?.AsArray() ?? [];
            if (row?["type"]?.GetValue<int>() != 1 || children.Count is 0 or > 5)
            {
                return "components: a row must be type 1 with 1-5 components";
            }

            if (children.Count > 1 && children.Any(c => c?["type"]?.GetValue<int>() != 2))
            {
                return "components: a select menu must be alone in its row";
            }

            foreach (var child in children)
            {
                var customId = child?["custom_id"]?.GetValue<string>();
                if (customId is not null && (customId.Length is 0 or > 100 || !ids.Add(customId)))
                {
                    return $"components: custom_id '{customId}' empty, over 100 characters or repeated";
                }

                var problem = child?["type"]?.GetValue<int>() switch
                {
                    2 => CheckButton(child!, customId),
                    3 => (child!["options"]?.AsArray().Count ?? 0) is 0 or > 25 || customId is null ? "select: 1-25 options and a custom_id" : null,
                    _ => "components: only buttons and string selects are expected in messages",
                };
                if (problem is not null)
                {
                    return problem;
                }
            }
        }

        return null;
    }

    /// <summary>Checks a modal (callback type 9 data); returns the first problem or null.</summary>
    public static string? CheckModal(JsonNode? data)
    {
        var customId = data?["custom_id"]?.GetValue<string>();
        var title = data?["title"]?.GetValue<string>();
        var parts = data?["components"]?.AsArray() ?? [];
        if (customId is null or { Length: 0 or > 100 } || title is null or { Length: 0 or > 45 } || parts.Count is 0 or > 5)
        {
            return "modal: custom_id 1-100, title 1-45 and 1-5 components";
        }

        foreach (var part in parts)
        {
            var input = part?["type"]?.GetValue<int>() == 18 ? part["component"] : part?["components"]?[0];
            if (input?["type"]?.GetValue<int>() != 4 || input["custom_id"] is null || input["style"] is null)
            {
                return "modal: each component must be a label (or row) holding a text input";
            }

            if (part!["type"]!.GetValue<int>() == 18 && (part["label"]?.GetValue<string>().Length ?? 0) is 0 or > 45)
            {
                return "modal: label 1-45 characters";
            }
        }

        return null;
    }

    private static string? CheckButton(JsonNode button, string? customId)
    {
        var style = button["style"]?.GetValue<int>() ?? 0;
        var url = button["url"]?.GetValue<string>();
        if (style is < 1 or > 5 || (style == 5) != (url is not null) || (style == 5) == (customId is not null))
        {
            return "button: link buttons need a url and no custom_id; others a custom_id and no url";
        }

        var label = button["label"]?.GetValue<string>();
        return label is { Length: > 80 } || (label is null && button["emoji"] is null) ? "button: label up to 80 characters, or an emoji" : null;
    }

    private void RecordFileParts(string method, string path, IFormFileCollection files)
    {
        foreach (var file in files)
        {
            using var content = new MemoryStream();
            file.CopyTo(content);
            _fileParts.Enqueue(new RecordedFilePart(method, path, file.Name, file.FileName, file.ContentDisposition, file.ContentType, file.Length) { Content = content.ToArray() });
        }
    }

    /// <summary>Runs before the built-in routes: buckets first, then the routes added here; null leaves the request to them.</summary>
    private (int Status, string Body, IReadOnlyDictionary<string, string> Headers)? RouteAdded(
        string method, string path, string body, DateTimeOffset now, Dictionary<string, string> headers)
    {
        if (TakeBucketSlot(method, path, now, headers) is { } limited)
        {
            return limited;
        }

        var segments = path.Trim('/').Split('/');
        if (method is "POST" or "PATCH" && segments[0] is "interactions" or "webhooks" or "channels" && body.Length > 0)
        {
            var node = JsonNode.Parse(body);
            var data = segments[0] == "interactions" ? node?["data"] : node;
            var problem = segments[0] == "interactions" && node?["type"]?.GetValue<int>() == 9 ? CheckModal(data) : CheckComponents(data);
            if (problem is not null)
            {
                return (400, Invalid(problem), headers);
            }
        }

        switch (method, segments)
        {
            case ("GET", ["gateway", "bot"]):
                return (200, new JsonObject
                {
                    ["url"] = GatewayUrl,
                    ["shards"] = 1,
                    ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = SessionStartsRemaining, ["reset_after"] = SessionStartResetAfterMs, ["max_concurrency"] = 1 },
                }.ToJsonString(), headers);
            case ("POST", ["webhooks", _, var token]):
                if (!_callbacks.ContainsKey(token))
                {
                    return (404, """{"code":10015,"message":"Unknown Webhook"}""", headers);
                }

                if (CheckMessage(JsonNode.Parse(body)) is { } followupProblem)
                {
                    return (400, Invalid(followupProblem), headers);
                }

                var id = NextSnowflake();
                _followups.GetOrAdd(token, _ => new ConcurrentDictionary<ulong, byte>())[id] = 0;
                return (200, WithId(body, id), headers);
            case ("PATCH" or "DELETE", ["webhooks", _, var token, "messages", var messageId]) when messageId != "@original":
                if (!_callbacks.ContainsKey(token) || !_followups.TryGetValue(token, out var sent)
                    || !ulong.TryParse(messageId, CultureInfo.InvariantCulture, out var followupId) || !sent.ContainsKey(followupId))
                {
                    return (404, """{"code":10008,"message":"Unknown Message"}""", headers);
                }

                if (method == "DELETE")
                {
                    sent.TryRemove(followupId, out _);
                    return (204, "", headers);
                }

                return CheckMessage(JsonNode.Parse(body)) is { } editProblem ? (400, Invalid(editProblem), headers) : (200, WithId(body, followupId), headers);
            case ("PUT" or "DELETE", ["channels", _, "messages", _, "reactions", var emoji, "@me"]):
                return emoji.Length == 0 ? (400, """{"code":10014,"message":"Unknown Emoji"}""", headers) : (204, "", headers);
            case ("GET", ["channels", var channel]):
                return _storedChannels.TryGetValue(ulong.Parse(channel, CultureInfo.InvariantCulture), out var found)
                    ? (200, found.ToJsonString(), headers)
                    : (404, """{"code":10003,"message":"Unknown Channel"}""", headers);
            case ("GET", ["channels", var channel, "messages", var messageId]):
                return _storedMessages.TryGetValue((ulong.Parse(channel, CultureInfo.InvariantCulture), ulong.Parse(messageId, CultureInfo.InvariantCulture)), out var message)
                    ? (200, message.ToJsonString(), headers)
                    : (404, """{"code":10008,"message":"Unknown Message"}""", headers);
            case ("PATCH", ["channels", _, "messages", var messageId]):
                return CheckMessage(JsonNode.Parse(body)) is { } channelEditProblem
                    ? (400, Invalid(channelEditProblem), headers)
                    : (200, WithId(body, ulong.Parse(messageId, CultureInfo.InvariantCulture)), headers);
            default:
                return null;
        }
    }

    private (int Status, string Body, IReadOnlyDictionary<string, string> Headers)? TakeBucketSlot(string method, string path, DateTimeOffset now, Dictionary<string, string> headers)
    {
        lock (_gate)
        {
            var bucket = _fakeBuckets.FirstOrDefault(b => b.Matches(method, path));
            if (bucket is null)
            {
                return null;
            }

            var key = bucket.Name + " " + bucket.MajorParameter(path);
            var window = _bucketWindows.GetValueOrDefault(key);
            if (window.Start == default || now - window.Start >= bucket.Window)
            {
                window = (now, 0);
            }

            var allowed = window.Count < bucket.Limit;
            if (allowed)
            {
                window.Count++;
            }

            _bucketWindows[key] = window;
            var resetAfter = (Math.Ceiling((window.Start + bucket.Window - now).TotalMilliseconds) / 1000).ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Limit"] = bucket.Limit.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Remaining"] = (bucket.Limit - window.Count).ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset-After"] = resetAfter;
            headers["X-RateLimit-Bucket"] = bucket.Name;
            if (allowed)
            {
                return null;
            }

            var limited = new Dictionary<string, string>(headers)
            {
                ["Retry-After"] = Math.Ceiling(double.Parse(resetAfter, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture),
                ["X-RateLimit-Scope"] = "user",
            };
            return (429, $$"""{"message":"You are being rate limited.","retry_after":{{resetAfter}},"global":false}""", limited);
        }
    }

    private static string WithId(string body, ulong id)
    {
        var node = JsonNode.Parse(body)?.AsObject() ?? [];
        node["id"] = id.ToString(CultureInfo.InvariantCulture);
        return node.ToJsonString();
    }

    private sealed record FakeBucket(string Name, Func<string, string, bool> Matches, Func<string, string> MajorParameter, int Limit, TimeSpan Window);
}
