using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Montenegro.Bot.Discord.Testing;

/// <summary>
/// An in-process Discord for tests: Kestrel on 127.0.0.1 (random port) speaking enough of the gateway (HELLO, READY,
/// RESUME with replay, dispatches, op 7/9, heartbeats with switchable ACKs, close codes) and REST (gateway/bot, command PUT,
/// interaction callbacks, original edits, follow-ups, channel messages, scripted 429/401) and recording everything.
/// </summary>
public sealed partial class FakeDiscord : IAsyncDisposable
{
    public const string DefaultToken = "MTEw.fake-token.for-tests-only";
    public const int MessageContentIntent = 1 << 15;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<RecordedFrame> _frames = new();
    private readonly ConcurrentQueue<RecordedConnection> _connections = new();
    private readonly ConcurrentDictionary<string, FakeGatewaySession> _sessions = new();
    private readonly ConcurrentDictionary<string, int> _callbacks = new();
    private readonly List<ScriptedResponse> _scripted = [];
    private readonly Lock _gate = new();
    private long _nextSnowflake = 1_400_000_000_000_000_000;
    private int _nextConnection;
    private ActiveSocket? _current;

    private FakeDiscord(WebApplication app, TimeProvider time)
    {
        _app = app;
        Time = time;
    }

    public string Token { get; init; } = DefaultToken;

    public ulong ApplicationId { get; } = 1_100_000_000_000_000_000;

    public ulong BotUserId { get; } = 1_100_000_000_000_000_001;

    public string BotUserName { get; } = "testbot";

    public TimeProvider Time { get; }

    public int Port { get; private set; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public string ApiBaseUrl => $"{BaseUrl}/api/v10";

    public string GatewayUrl => $"ws://127.0.0.1:{Port}/gateway";

    public string ResumeUrl => $"ws://127.0.0.1:{Port}/resume";

    /// <summary>HELLO's heartbeat interval in milliseconds.</summary>
    public int HeartbeatIntervalMs { get; set; } = 41_250;

    /// <summary>Answer heartbeats with op 11 (switch off to simulate a zombie connection).</summary>
    public bool AckHeartbeats { get; set; } = true;

    /// <summary>Whether the privileged Message Content intent is "enabled in the portal"; if not, IDENTIFY with it closes 4014.</summary>
    public bool MessageContentAllowed { get; set; } = true;

    /// <summary>Send HELLO on connect (switch off to simulate a gateway that accepts the socket but never speaks).</summary>
    public bool SendHello { get; set; } = true;

    /// <summary>When set, IDENTIFY is answered by closing with this code (e.g. 4004).</summary>
    public int? CloseOnIdentify { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public IReadOnlyList<RecordedFrame> Frames => _frames.ToArray();

    public IReadOnlyList<RecordedConnection> Connections => _connections.ToArray();

    /// <summary>Requests the fake rejected for breaking Discord's limits (400 / 50035).</summary>
    public IReadOnlyList<RecordedRequest> LimitViolations => _requests.Where(r => r.Status == 400).ToArray();

    public string? CurrentSessionId { get; private set; }

    /// <summary>When set, POST /channels/{id}/messages is limited per channel: Limit requests per window, announced in X-RateLimit-* headers.</summary>
    public (int Limit, double ResetAfterSeconds)? ChannelBucket { get; set; }

    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _channelWindows = [];

    /// <summary>Raised for every REST request once it is answered (on Kestrel's thread; keep handlers quick).</summary>
    public event Action<RecordedRequest>? RequestRecorded;

    /// <summary>
    /// Pulsed whenever the fake records something: a REST request, a gateway frame, a connection opening or ending, a
    /// session becoming ready. The waits below re-check their condition on it instead of polling.
    /// </summary>
    public ChangeSignal Changes { get; } = new();

    public static async Task<FakeDiscord> StartAsync(TimeProvider? time = null, string? token = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeDiscord(app, time ?? TimeProvider.System) { Token = token ?? DefaultToken };
        app.UseWebSockets();
        app.Run(fake.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Port = new Uri(address).Port;
        return fake;
    }

    public ulong NextSnowflake() => (ulong)Interlocked.Increment(ref _nextSnowflake);

    /// <summary>Answers the next request matching (method, path) with a canned response, once.</summary>
    public void Script(ScriptedResponse response)
    {
        lock (_gate)
        {
            _scripted.Add(response);
        }
    }

    /// <summary>
    /// Records that the initial response for <paramref name="interactionToken"/> was received as an HTTP response body
    /// (HTTP interactions mode), so edits and follow-ups on that token are accepted as after a REST callback.
    /// </summary>
    public void AcknowledgeInline(string interactionToken) => _callbacks.TryAdd(interactionToken, 1);

    /// <summary>Sends a dispatch (op 0) on the current connection, with the next sequence number.</summary>
    public async Task DispatchAsync(string eventName, JsonNode data)
    {
        var socket = _current ?? throw new InvalidOperationException("No gateway connection is open.");
        string json;
        lock (_gate)
        {
            var session = socket.Session ?? throw new InvalidOperationException("The connection has no session yet.");
            var seq = ++session.Sequence;
            json = new JsonObject { ["op"] = 0, ["s"] = seq, ["t"] = eventName, ["d"] = data.DeepClone() }.ToJsonString();
            session.Events.Add((seq, json));
        }

        await socket.SendTextAsync(json).ConfigureAwait(false);
    }

    /// <summary>Sends the same dispatch twice (same id), as Discord sometimes does.</summary>
    public async Task DispatchTwiceAsync(string eventName, JsonNode data)
    {
        await DispatchAsync(eventName, data).ConfigureAwait(false);
        await DispatchAsync(eventName, data).ConfigureAwait(false);
    }

    /// <summary>Sends any text frame as is (e.g. malformed JSON).</summary>
    public Task SendRawAsync(string text)
    {
        var socket = _current ?? throw new InvalidOperationException("No gateway connection is open.");
        return socket.SendTextAsync(text);
    }

    public Task SendReconnectAsync() => SendOpAsync(new JsonObject { ["op"] = 7, ["d"] = null });

    public Task SendInvalidSessionAsync(bool resumable) => SendOpAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });

    /// <summary>Asks the bot for an immediate heartbeat (op 1); its answer is recorded with <see cref="RecordedFrame.Requested"/> set.</summary>
    public Task RequestHeartbeatAsync()
    {
        var socket = _current ?? throw new InvalidOperationException("No gateway connection is open.");
        Interlocked.Increment(ref socket.HeartbeatRequests);
        return socket.SendTextAsync(new JsonObject { ["op"] = 1, ["d"] = null }.ToJsonString());
    }

    /// <summary>
    /// A round trip through the bot's receive loop, which orders what the test does next after everything the fake sent
    /// before: asks for a heartbeat (op 1) and waits for the answer. The bot reads frames in order, so once the answer is
    /// recorded it has read every earlier frame, e.g. the ACK of its last heartbeat.
    /// </summary>
    public async Task RoundTripAsync(TimeSpan? timeout = null)
    {
        var answered = _frames.Count(f => f.Requested);
        await RequestHeartbeatAsync().ConfigureAwait(false);
        await WaitForConditionAsync(() => _frames.Count(f => f.Requested) > answered, "the answer to a heartbeat request", timeout).ConfigureAwait(false);
    }

    /// <summary>Closes the current connection from the server side with <paramref name="code"/>.</summary>
    public async Task CloseAsync(int code, string reason = "test")
    {
        var socket = _current ?? throw new InvalidOperationException("No gateway connection is open.");
        await socket.CloseAsync(code, reason).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, polling every 5 ms of real time. Only for conditions that no
    /// <see cref="ChangeSignal"/> reports and for callers that must act on every poll (<paramref name="eachPoll"/>, e.g.
    /// checking that a child process is still alive); everything else should wait on a signal (the instance waits
    /// below, or <see cref="ChangeSignal.WaitUntilAsync"/>).
    /// </summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null, Action? eachPoll = null, string? because = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Condition not met in time" + (because is null ? "" : ": " + because));
            }

            eachPoll?.Invoke();

            // A poll interval, not a wait for behaviour: the condition is re-checked until it holds or time is up.
            await Task.Delay(5).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> (on the fake's own state) holds, re-checking it whenever the fake records
    /// something. With <paramref name="eachPoll"/>, polls instead and runs it on every poll.
    /// </summary>
    public Task WaitForConditionAsync(Func<bool> condition, string because, TimeSpan? timeout = null, Action? eachPoll = null) =>
        eachPoll is null
            ? ChangeSignal.WaitUntilAsync(condition, because, timeout, Changes)
            : WaitUntilAsync(condition, timeout, eachPoll, because);

    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null, Action? eachPoll = null)
    {
        RecordedRequest? found = null;
        await WaitForConditionAsync(() => (found = _requests.FirstOrDefault(match)) is not null, "request", timeout, eachPoll).ConfigureAwait(false);
        return found!;
    }

    public async Task<RecordedFrame> WaitForFrameAsync(Func<RecordedFrame, bool> match, TimeSpan? timeout = null, Action? eachPoll = null)
    {
        RecordedFrame? found = null;
        await WaitForConditionAsync(() => (found = _frames.FirstOrDefault(match)) is not null, "gateway frame", timeout, eachPoll).ConfigureAwait(false);
        return found!;
    }

    /// <summary>Waits until the bot is identified/resumed on an open connection (READY or RESUMED sent).</summary>
    public Task WaitForSessionAsync(TimeSpan? timeout = null, Action? eachPoll = null) =>
        WaitForConditionAsync(() => _current is { Ready: true }, "session ready", timeout, eachPoll);

    /// <summary>Waits until the bot has sent <paramref name="count"/> IDENTIFYs in total.</summary>
    public Task WaitUntilIdentifiesAsync(int count, Action? eachPoll = null, TimeSpan? timeout = null) =>
        WaitForConditionAsync(() => _frames.Count(f => f.Op == 2) >= count, $"{count} IDENTIFYs", timeout, eachPoll);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static bool TakeHeartbeatRequest(ActiveSocket socket)
    {
        int pending;
        do
        {
            pending = Volatile.Read(ref socket.HeartbeatRequests);
            if (pending == 0)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref socket.HeartbeatRequests, pending - 1, pending) != pending);

        return true;
    }

    private Task SendOpAsync(JsonObject payload)
    {
        var socket = _current ?? throw new InvalidOperationException("No gateway connection is open.");
        return socket.SendTextAsync(payload.ToJsonString());
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (context.WebSockets.IsWebSocketRequest && (path.StartsWith("/gateway", StringComparison.Ordinal) || path.StartsWith("/resume", StringComparison.Ordinal)))
        {
            await RunGatewayAsync(context, path.TrimEnd('/')).ConfigureAwait(false);
            return;
        }

        if (path.StartsWith("/api/v10/", StringComparison.Ordinal))
        {
            await HandleRestAsync(context, path["/api/v10".Length..]).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = 404;
    }

    // ---------------------------------------------------------------- gateway

    private async Task RunGatewayAsync(HttpContext context, string path)
    {
        using var ws = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var record = new RecordedConnection(Interlocked.Increment(ref _nextConnection), path, context.Request.QueryString.Value ?? "");
        _connections.Enqueue(record);
        var socket = new ActiveSocket(ws);
        _current = socket;
        Changes.Pulse();
        if (SendHello)
        {
            await socket.SendTextAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatIntervalMs } }.ToJsonString()).ConfigureAwait(false);
        }

        var buffer = new byte[64 * 1024];
        try
        {
            // After the fake's own close (CloseSent) the bot still has to let go of the socket: the connection has
            // ended only when it has, so "Ended" means the bot is done with it too.
            while (ws.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await ws.ReceiveAsync(buffer, CancellationToken.None).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        record.ClientCloseStatus = (int?)ws.CloseStatus;
                        if (ws.State == WebSocketState.CloseReceived)
                        {
                            await ws.CloseOutputAsync(ws.CloseStatus ?? WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None).ConfigureAwait(false);
                        }

                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var payload = JsonNode.Parse(message.ToArray())!;
                var op = payload["op"]!.GetValue<int>();
                var requested = op == 1 && TakeHeartbeatRequest(socket);
                _frames.Enqueue(new RecordedFrame(record.Id, path, op, payload, Time.GetUtcNow()) { Requested = requested });
                Changes.Pulse();
                await OnFrameAsync(socket, op, payload["d"]).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            record.Ended = true;
            socket.Ready = false;
            if (ReferenceEquals(_current, socket))
            {
                _current = null;
            }

            Changes.Pulse();
        }
    }

    private async Task OnFrameAsync(ActiveSocket socket, int op, JsonNode? d)
    {
        switch (op)
        {
            case 1:
                if (AckHeartbeats)
                {
                    await socket.SendTextAsync("""{"op":11,"d":null}""").ConfigureAwait(false);
                }

                break;
            case 2:
                if (d?["token"]?.GetValue<string>() != Token)
                {
                    await socket.CloseAsync(4004, "Authentication failed.").ConfigureAwait(false);
                    return;
                }

                if (CloseOnIdentify is { } code)
                {
                    await socket.CloseAsync(code, "scripted").ConfigureAwait(false);
                    return;
                }

                var intents = d["intents"]?.GetValue<int>() ?? 0;
                if ((intents & MessageContentIntent) != 0 && !MessageContentAllowed)
                {
                    await socket.CloseAsync(4014, "Disallowed intent(s).").ConfigureAwait(false);
                    return;
                }

                var session = new FakeGatewaySession(Guid.NewGuid().ToString("N"));
                _sessions[session.Id] = session;
                socket.Session = session;
                CurrentSessionId = session.Id;
                var ready = new JsonObject
                {
                    ["v"] = 10,
                    ["user"] = new JsonObject { ["id"] = BotUserId.ToString(CultureInfo.InvariantCulture), ["username"] = BotUserName, ["bot"] = true },
                    ["guilds"] = new JsonArray(),
                    ["session_id"] = session.Id,
                    ["resume_gateway_url"] = ResumeUrl,
                    ["application"] = new JsonObject { ["id"] = ApplicationId.ToString(CultureInfo.InvariantCulture), ["flags"] = 0 },
                };
                await SendDispatchAsync(socket, session, "READY", ready).ConfigureAwait(false);
                socket.Ready = true;
                Changes.Pulse();
                break;
            case 6:
                var sessionId = d?["session_id"]?.GetValue<string>();
                var seq = d?["seq"]?.GetValue<long?>() ?? 0;
                if (d?["token"]?.GetValue<string>() != Token)
                {
                    await socket.CloseAsync(4004, "Authentication failed.").ConfigureAwait(false);
                    return;
                }

                if (sessionId is null || !_sessions.TryGetValue(sessionId, out var resumed))
                {
                    await socket.SendTextAsync("""{"op":9,"d":false}""").ConfigureAwait(false);
                    return;
                }

                if (seq > resumed.Sequence)
                {
                    await socket.CloseAsync(4007, "Invalid seq.").ConfigureAwait(false);
                    return;
                }

                socket.Session = resumed;
                CurrentSessionId = resumed.Id;
                List<string> replay;
                lock (_gate)
                {
                    replay = resumed.Events.Where(e => e.Seq > seq).Select(e => e.Json).ToList();
                }

                foreach (var json in replay)
                {
                    await socket.SendTextAsync(json).ConfigureAwait(false);
                }

                await SendDispatchAsync(socket, resumed, "RESUMED", new JsonObject()).ConfigureAwait(false);
                socket.Ready = true;
                Changes.Pulse();
                break;
        }
    }

    private async Task SendDispatchAsync(ActiveSocket socket, FakeGatewaySession session, string eventName, JsonNode data)
    {
        string json;
        lock (_gate)
        {
            var seq = ++session.Sequence;
            json = new JsonObject { ["op"] = 0, ["s"] = seq, ["t"] = eventName, ["d"] = data }.ToJsonString();
            session.Events.Add((seq, json));
        }

        await socket.SendTextAsync(json).ConfigureAwait(false);
    }

    // ---------------------------------------------------------------- REST

    private async Task HandleRestAsync(HttpContext context, string path)
    {
        var request = context.Request;
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        string body;
        var files = new List<string>();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync().ConfigureAwait(false);
            body = form["payload_json"].ToString();
            files.AddRange(form.Files.Select(f => $"{f.Name}:{f.FileName}"));
            RecordFileParts(request.Method, path, form.Files);
        }
        else
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync().ConfigureAwait(false);
        }

        var method = request.Method;
        var at = Time.GetUtcNow();
        var (status, responseBody, extraHeaders) = Route(method, path, headers, body, at);
        var recorded = new RecordedRequest(method, path, headers, body, files, status, at);
        _requests.Enqueue(recorded);
        RequestRecorded?.Invoke(recorded);
        Changes.Pulse();

        var response = context.Response;
        response.StatusCode = status;
        foreach (var (name, value) in extraHeaders)
        {
            response.Headers[name] = value;
        }

        if (responseBody.Length > 0)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(responseBody).ConfigureAwait(false);
        }
    }

    private (int Status, string Body, IReadOnlyDictionary<string, string> Headers) Route(string method, string path, Dictionary<string, string> headers, string body, DateTimeOffset now)
    {
        var okHeaders = new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "50",
            ["X-RateLimit-Remaining"] = "49",
            ["X-RateLimit-Reset-After"] = "1.0",
            ["X-RateLimit-Bucket"] = "fake",
        };

        lock (_gate)
        {
            var script = _scripted.FirstOrDefault(s => s.Matches(method, path));
            if (script is not null)
            {
                _scripted.Remove(script);
                return (script.Status, script.Body, script.Headers);
            }
        }

        if (!headers.TryGetValue("User-Agent", out var agent) || !System.Text.RegularExpressions.Regex.IsMatch(agent, @"^DiscordBot \(.+, .+\)"))
        {
            return (400, """{"code":40333,"message":"internal network error"}""", okHeaders);
        }

        var tokenRoute = path.StartsWith("/interactions/", StringComparison.Ordinal) || path.StartsWith("/webhooks/", StringComparison.Ordinal);
        if (!tokenRoute && (!headers.TryGetValue("Authorization", out var auth) || auth != "Bot " + Token))
        {
            return (401, """{"message":"401: Unauthorized","code":0}""", okHeaders);
        }

        if (RouteAdded(method, path, body, now, okHeaders) is { } added)
        {
            return added;
        }

        var segments = path.Trim('/').Split('/');
        switch (method, segments)
        {
            case ("GET", ["gateway", "bot"]):
                return (200, new JsonObject
                {
                    ["url"] = GatewayUrl,
                    ["shards"] = 1,
                    ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14_400_000, ["max_concurrency"] = 1 },
                }.ToJsonString(), okHeaders);
            case ("GET", ["applications", "@me"]):
                return (200, new JsonObject { ["id"] = ApplicationId.ToString(CultureInfo.InvariantCulture), ["name"] = BotUserName }.ToJsonString(), okHeaders);
            case ("PUT", ["applications", _, "commands"]):
            case ("PUT", ["applications", _, "guilds", _, "commands"]):
                var commands = JsonNode.Parse(body)!.AsArray();
                foreach (var command in commands)
                {
                    command!["id"] = NextSnowflake().ToString(CultureInfo.InvariantCulture);
                }

                return (200, commands.ToJsonString(), okHeaders);
            case ("POST", ["interactions", _, var token, "callback"]):
                if (_callbacks.AddOrUpdate(token, 1, (_, n) => n + 1) > 1)
                {
                    return (400, """{"code":40060,"message":"Interaction has already been acknowledged."}""", okHeaders);
                }

                var callback = JsonNode.Parse(body)!;
                var problem = callback["type"]?.GetValue<int>() == 8 ? CheckChoices(callback["data"]) : CheckMessage(callback["data"]);
                return problem is null ? (204, "", okHeaders) : (400, Invalid(problem), okHeaders);
            case (_, ["webhooks", _, var token, "messages", "@original"]) when method is "PATCH" or "DELETE":
                if (!_callbacks.ContainsKey(token))
                {
                    return (404, """{"code":10008,"message":"Unknown Message"}""", okHeaders);
                }

                if (method == "DELETE")
                {
                    return (204, "", okHeaders);
                }

                var edit = CheckMessage(JsonNode.Parse(body));
                return edit is null ? (200, MessageJson(0, body), okHeaders) : (400, Invalid(edit), okHeaders);
            case ("POST", ["webhooks", _, var token]):
                if (!_callbacks.ContainsKey(token))
                {
                    return (404, """{"code":10015,"message":"Unknown Webhook"}""", okHeaders);
                }

                var followup = CheckMessage(JsonNode.Parse(body));
                return followup is null ? (200, MessageJson(0, body), okHeaders) : (400, Invalid(followup), okHeaders);
            case ("POST", ["channels", var channel, "messages"]):
                if (ChannelBucket is { } bucket && !TakeChannelSlot(channel, bucket, okHeaders, now))
                {
                    return ScriptedResponse.RateLimited((_, _) => true, double.Parse(okHeaders["X-RateLimit-Reset-After"], CultureInfo.InvariantCulture)) is var limited
                        ? (limited.Status, limited.Body, limited.Headers)
                        : default;
                }

                var message = CheckMessage(JsonNode.Parse(body));
                return message is null
                    ? (200, MessageJson(ulong.Parse(channel, CultureInfo.InvariantCulture), body), okHeaders)
                    : (400, Invalid(message), okHeaders);
            default:
                return (404, """{"code":0,"message":"404: Not Found"}""", okHeaders);
        }
    }

    private bool TakeChannelSlot(string channel, (int Limit, double ResetAfterSeconds) bucket, Dictionary<string, string> headers, DateTimeOffset now)
    {
        var reset = TimeSpan.FromSeconds(bucket.ResetAfterSeconds);
        lock (_gate)
        {
            var window = _channelWindows.GetValueOrDefault(channel);
            if (window.Start == default || now - window.Start >= reset)
            {
                window = (now, 0);
            }

            var allowed = window.Count < bucket.Limit;
            if (allowed)
            {
                window.Count++;
            }

            _channelWindows[channel] = window;
            headers["X-RateLimit-Limit"] = bucket.Limit.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Remaining"] = (bucket.Limit - window.Count).ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset-After"] = (Math.Ceiling((window.Start + reset - now).TotalMilliseconds) / 1000).ToString(CultureInfo.InvariantCulture);
            return allowed;
        }
    }

    private string MessageJson(ulong channelId, string body)
    {
        var node = JsonNode.Parse(body)?.AsObject() ?? [];
        node["id"] = NextSnowflake().ToString(CultureInfo.InvariantCulture);
        node["channel_id"] = channelId.ToString(CultureInfo.InvariantCulture);
        return node.ToJsonString();
    }

    private static string Invalid(string problem) =>
        new JsonObject { ["code"] = 50035, ["message"] = "Invalid Form Body", ["errors"] = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = "BASE_TYPE_MAX_LENGTH", ["message"] = problem }) } }.ToJsonString();

    /// <summary>Checks a message body against Discord's limits; returns the first problem or null.</summary>
    public static string? CheckMessage(JsonNode? data)
    {
        if (data is null)
        {
            return null;
        }

        var content = data["content"]?.GetValue<string>();
        if (content is { Length: > 2000 })
        {
            return $"content: {content.Length} > 2000";
        }

        var embeds = data["embeds"]?.AsArray() ?? [];
        if (embeds.Count > 10)
        {
            return $"embeds: {embeds.Count} > 10";
        }

        var total = 0;
        foreach (var embed in embeds)
        {
            var title = Length(embed?["title"]);
            var description = Length(embed?["description"]);
            var footer = Length(embed?["footer"]?["text"]);
            var author = Length(embed?["author"]?["name"]);
            var fields = embed?["fields"]?.AsArray() ?? [];
            if (title > 256 || description > 4096 || footer > 2048 || author > 256 || fields.Count > 25)
            {
                return $"embed limits: title {title}, description {description}, footer {footer}, author {author}, fields {fields.Count}";
            }

            foreach (var field in fields)
            {
                var name = Length(field?["name"]);
                var value = Length(field?["value"]);
                if (name is 0 or > 256 || value is 0 or > 1024)
                {
                    return $"field limits: name {name}, value {value}";
                }

                total += name + value;
            }

            total += title + description + footer + author;
        }

        if (total > 6000)
        {
            return $"embeds total {total} > 6000";
        }

        var mentions = data["allowed_mentions"];
        if (mentions?["parse"] is JsonArray parse && parse.Any(p => p?.GetValue<string>() == "users") && mentions["users"] is JsonArray { Count: > 0 })
        {
            return "allowed_mentions: parse users with users list";
        }

        return null;
    }

    private static string? CheckChoices(JsonNode? data)
    {
        var choices = data?["choices"]?.AsArray() ?? [];
        if (choices.Count > 25)
        {
            return $"choices: {choices.Count} > 25";
        }

        return choices.Any(c => Length(c?["name"]) is 0 or > 100) ? "choice name length" : null;
    }

    private static int Length(JsonNode? node) => node is null ? 0 : node.GetValue<string>().Trim().Length;

    private sealed class ActiveSocket(WebSocket socket)
    {
        private readonly SemaphoreSlim _sendLock = new(1, 1);

        public FakeGatewaySession? Session { get; set; }

        public volatile bool Ready;

        /// <summary>Heartbeat requests sent and not yet answered.</summary>
        public int HeartbeatRequests;

        public async Task SendTextAsync(string json)
        {
            await _sendLock.WaitAsync().ConfigureAwait(false);
            try
            {
                if (socket.State == WebSocketState.Open)
                {
                    await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (WebSocketException)
            {
            }
            finally
            {
                _sendLock.Release();
            }
        }

        public async Task CloseAsync(int code, string reason)
        {
            await _sendLock.WaitAsync().ConfigureAwait(false);
            try
            {
                Ready = false;
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (WebSocketException)
            {
            }
            finally
            {
                _sendLock.Release();
            }
        }
    }
}
