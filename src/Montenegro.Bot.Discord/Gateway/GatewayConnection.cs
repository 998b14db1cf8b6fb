using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the gateway, from connect to close. Owns its socket, heartbeat loop, ACK flag and send lock;
/// a new connection starts from scratch, so no timer or flag can leak into the next one.
/// </summary>
internal sealed class GatewayConnection(
    GatewaySession session,
    GatewayConnectionSettings settings,
    IGatewayEventSink sink,
    DiscordGatewayState state,
    TimeProvider time,
    ILogger logger) : IAsyncDisposable
{
    /// <summary>How long to wait for HELLO after connecting before giving up on the socket.</summary>
    public static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan IoTimeout = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private volatile bool _ackReceived = true;
    private volatile bool _stopping;
    private ConnectionOutcome? _planned;
    private bool _healthy;
    private bool _resumed;
    private Task _heartbeat = Task.CompletedTask;
    private volatile bool _helloReceived;

    public async Task<ConnectionOutcome> RunAsync(Uri url, bool resume, CancellationToken stoppingToken)
    {
        try
        {
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            connectTimeout.CancelAfter(TimeSpan.FromSeconds(15));
            await _socket.ConnectAsync(url, connectTimeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or HttpRequestException)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return new ConnectionOutcome(ConnectionOutcomeKind.Stopped);
            }

            logger.LogWarning("Could not connect to the gateway at {Host}: {Error}", url.Host, ex.Message);
            return new ConnectionOutcome(resume ? ConnectionOutcomeKind.Resume : ConnectionOutcomeKind.Identify);
        }

        using var onStop = stoppingToken.Register(() => _ = CloseForShutdownAsync());
        _ = WatchForHelloAsync();
        try
        {
            return await ReceiveLoopAsync(resume).ConfigureAwait(false) with { Connected = true, Healthy = _healthy, Resumed = _resumed };
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            if (_stopping)
            {
                return new ConnectionOutcome(ConnectionOutcomeKind.Stopped);
            }

            if (_planned is not null)
            {
                return _planned with { Connected = true, Healthy = _healthy, Resumed = _resumed };
            }

            logger.LogWarning("Gateway connection dropped without a close code: {Error}", ex.Message);
            return new ConnectionOutcome(ConnectionOutcomeKind.Resume) { Connected = true, Healthy = _healthy, Resumed = _resumed };
        }
        finally
        {
            await _lifetime.CancelAsync().ConfigureAwait(false);
            state.SetNotReady();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync().ConfigureAwait(false);
        try
        {
            await _heartbeat.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }

        _socket.Abort();
        _socket.Dispose();
        _sendLock.Dispose();
        _lifetime.Dispose();
    }

    private async Task<ConnectionOutcome> ReceiveLoopAsync(bool resume)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            message.SetLength(0);
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return OnClosed((int?)_socket.CloseStatus, _socket.CloseStatusDescription);
                }

                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (_planned is not null)
            {
                continue;
            }

            ConnectionOutcome? outcome;
            try
            {
                using var doc = JsonDocument.Parse(message.GetBuffer().AsMemory(0, (int)message.Length));
                outcome = await HandleAsync(doc.RootElement, resume).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or OverflowException)
            {
                logger.LogWarning(ex, "Ignoring a malformed gateway payload");
                continue;
            }

            if (outcome is not null)
            {
                return outcome;
            }
        }
    }

    private async Task<ConnectionOutcome?> HandleAsync(JsonElement payload, bool resume)
    {
        var op = (GatewayOpCode)payload.GetProperty("op").GetInt32();
        payload.TryGetProperty("d", out var data);
        switch (op)
        {
            case GatewayOpCode.Hello:
                _helloReceived = true;
                var interval = TimeSpan.FromMilliseconds(data.GetProperty("heartbeat_interval").GetDouble());
                _heartbeat = HeartbeatLoopAsync(interval, _lifetime.Token);
                await SendAsync(resume ? ResumePayload() : IdentifyPayload(), _lifetime.Token).ConfigureAwait(false);
                logger.LogDebug("Gateway HELLO (heartbeat every {Interval}); sent {Action}", interval, resume ? "RESUME" : "IDENTIFY");
                return null;
            case GatewayOpCode.HeartbeatAck:
                _ackReceived = true;
                return null;
            case GatewayOpCode.Heartbeat:
                await SendAsync(HeartbeatPayload(), _lifetime.Token).ConfigureAwait(false);
                return null;
            case GatewayOpCode.Reconnect:
                logger.LogInformation("Gateway asked to reconnect (op 7); resuming");
                return await CloseAndReconnectAsync(new ConnectionOutcome(ConnectionOutcomeKind.Resume)).ConfigureAwait(false);
            case GatewayOpCode.InvalidSession:
                var resumable = data.ValueKind == JsonValueKind.True;
                logger.LogWarning("Gateway invalidated the session (op 9, resumable: {Resumable})", resumable);
                if (resumable)
                {
                    return await CloseAndReconnectAsync(new ConnectionOutcome(ConnectionOutcomeKind.Resume)).ConfigureAwait(false);
                }

                session.Clear();
                state.ClearSession();
                var wait = TimeSpan.FromMilliseconds(1000 + (settings.Random.NextDouble() * 4000));
                return await CloseAndReconnectAsync(new ConnectionOutcome(ConnectionOutcomeKind.Identify) { Delay = wait }).ConfigureAwait(false);
            case GatewayOpCode.Dispatch:
                if (payload.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number)
                {
                    session.Sequence = s.GetInt64();
                }

                OnDispatch(payload.GetProperty("t").GetString() ?? "", data);
                return null;
            default:
                return null;
        }
    }

    private void OnDispatch(string eventName, JsonElement data)
    {
        switch (eventName)
        {
            case "READY":
                session.SessionId = data.GetProperty("session_id").GetString();
                session.ResumeUrl = data.TryGetProperty("resume_gateway_url", out var resumeUrl) ? resumeUrl.GetString() : null;
                var user = data.GetProperty("user");
                var self = new BotIdentity(
                    ulong.Parse(user.GetProperty("id").GetString()!, CultureInfo.InvariantCulture),
                    user.TryGetProperty("username", out var name) ? name.GetString() ?? "" : "",
                    ulong.Parse(data.GetProperty("application").GetProperty("id").GetString()!, CultureInfo.InvariantCulture));
                _healthy = true;
                state.SetReady(session.SessionId ?? "");
                logger.LogInformation("Gateway READY as {UserName} ({UserId})", self.UserName, self.UserId);
                sink.OnReady(self);
                break;
            case "RESUMED":
                _healthy = true;
                _resumed = true;
                state.SetReady(session.SessionId ?? "");
                state.AddResume();
                settings.Metrics.GatewayResumes.Add(1);
                logger.LogInformation("Gateway session resumed");
                break;
            default:
                sink.OnDispatch(eventName, data);
                break;
        }
    }

    private ConnectionOutcome OnClosed(int? code, string? description)
    {
        if (_stopping)
        {
            return new ConnectionOutcome(ConnectionOutcomeKind.Stopped) { CloseCode = code };
        }

        if (_planned is not null)
        {
            return _planned with { CloseCode = code };
        }

        if (code is { } c && GatewayCloseCodes.FatalAdvice(c, settings.MessageContentSetting) is { } advice)
        {
            return new ConnectionOutcome(ConnectionOutcomeKind.Fatal) { CloseCode = c, Advice = advice };
        }

        logger.LogWarning("Gateway closed the connection with {Code} {Description}", code, description);
        var fresh = code is { } closed && GatewayCloseCodes.RequiresNewSession(closed);
        return new ConnectionOutcome(fresh ? ConnectionOutcomeKind.Identify : ConnectionOutcomeKind.Resume) { CloseCode = code };
    }

    private async Task WatchForHelloAsync()
    {
        try
        {
            await Task.Delay(HelloTimeout, time, _lifetime.Token).ConfigureAwait(false);
            if (!_helloReceived && _planned is null && !_stopping)
            {
                logger.LogWarning("No HELLO from the gateway within {Timeout}; reconnecting", HelloTimeout);
                await CloseAndReconnectAsync(new ConnectionOutcome(ConnectionOutcomeKind.Resume)).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationToken ct)
    {
        try
        {
            await Task.Delay(interval * settings.Random.NextDouble(), time, ct).ConfigureAwait(false);
            while (!ct.IsCancellationRequested)
            {
                if (!_ackReceived)
                {
                    logger.LogWarning("No heartbeat ACK since the last heartbeat (zombie connection); reconnecting");
                    await CloseAndReconnectAsync(new ConnectionOutcome(ConnectionOutcomeKind.Resume)).ConfigureAwait(false);
                    return;
                }

                _ackReceived = false;
                await SendAsync(HeartbeatPayload(), ct).ConfigureAwait(false);
                await Task.Delay(interval, time, ct).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Closes with a non-1000 code (the session stays resumable) and ends the receive loop.</summary>
    private async Task<ConnectionOutcome> CloseAndReconnectAsync(ConnectionOutcome outcome)
    {
        Interlocked.CompareExchange(ref _planned, outcome, null);
        try
        {
            using var timeout = new CancellationTokenSource(IoTimeout);
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)GatewayCloseCodes.Reconnecting, "reconnecting", timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }

        _socket.Abort();
        return _planned;
    }

    private async Task CloseForShutdownAsync()
    {
        _stopping = true;
        try
        {
            using var timeout = new CancellationTokenSource(IoTimeout);
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State == WebSocketState.Open)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "shutting down", timeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }

            // Give Discord a moment to echo the close frame; the receive loop ends when it does.
            await Task.Delay(TimeSpan.FromSeconds(2), TimeProvider.System, _lifetime.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }

        if (!_lifetime.IsCancellationRequested)
        {
            _socket.Abort();
        }
    }

    private async Task SendAsync(JsonObject payload, CancellationToken ct)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        await _sendLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private JsonObject HeartbeatPayload() => new() { ["op"] = (int)GatewayOpCode.Heartbeat, ["d"] = session.Sequence };

    private JsonObject IdentifyPayload()
    {
        var data = new JsonObject
        {
            ["token"] = settings.Token,
            ["intents"] = (int)settings.Intents,
            ["properties"] = new JsonObject
            {
                ["os"] = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux",
                ["browser"] = "Montenegro.Bot.Discord",
                ["device"] = "Montenegro.Bot.Discord",
            },
        };
        if (settings.Shard is { } shard)
        {
            data["shard"] = new JsonArray(shard.Id, shard.Count);
        }

        return new JsonObject { ["op"] = (int)GatewayOpCode.Identify, ["d"] = data };
    }

    private JsonObject ResumePayload() => new()
    {
        ["op"] = (int)GatewayOpCode.Resume,
        ["d"] = new JsonObject { ["token"] = settings.Token, ["session_id"] = session.SessionId, ["seq"] = session.Sequence },
    };
}
