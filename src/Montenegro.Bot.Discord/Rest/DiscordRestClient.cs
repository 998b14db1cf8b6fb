using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Rest;

/// <summary>
/// <see cref="IDiscordRestClient"/> over <see cref="HttpClient"/>: bot authentication, the required User-Agent,
/// rate limits and bounded retries. After a 401 every further authenticated request fails at once.
/// </summary>
internal sealed class DiscordRestClient : IDiscordRestClient, IDisposable
{
    private readonly HttpClient _http;
    private readonly DiscordOptions _options;
    private readonly RestRateLimiter _limiter;
    private readonly DiscordFatalError _fatal;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly string _baseUrl;
    private volatile bool _unauthorized;

    public DiscordRestClient(
        IOptions<DiscordOptions> options,
        TimeProvider time,
        DiscordMetrics metrics,
        DiscordFatalError fatal,
        ILogger<DiscordRestClient> logger)
    {
        _options = options.Value;
        _fatal = fatal;
        _logger = logger;
        _baseUrl = _options.ApiBaseUrl.TrimEnd('/');
        _limiter = new RestRateLimiter(time, metrics, logger);
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", $"DiscordBot ({_options.ProjectUrl}, {_options.Version})");
    }

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct)
    {
        var route = new RestRoute(HttpMethod.Get, "/gateway/bot", "", "/gateway/bot", Authenticated: true);
        using var response = await SendAsync(route, null, [], ct).ConfigureAwait(false);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
        var root = doc.RootElement;
        SessionStartLimit? limit = null;
        if (root.TryGetProperty("session_start_limit", out var l) && l.ValueKind == JsonValueKind.Object)
        {
            limit = new SessionStartLimit(
                l.TryGetProperty("total", out var total) ? total.GetInt32() : 1000,
                l.TryGetProperty("remaining", out var remaining) ? remaining.GetInt32() : 1,
                TimeSpan.FromMilliseconds(l.TryGetProperty("reset_after", out var reset) ? Math.Max(0, reset.GetDouble()) : 0),
                l.TryGetProperty("max_concurrency", out var concurrency) ? concurrency.GetInt32() : 1);
        }

        return new GatewayBotInfo(root.GetProperty("url").GetString() ?? "", root.TryGetProperty("shards", out var s) ? s.GetInt32() : 1, limit);
    }

    public async Task<ulong> GetCurrentApplicationIdAsync(CancellationToken ct)
    {
        var route = new RestRoute(HttpMethod.Get, "/applications/@me", "", "/applications/@me", Authenticated: true);
        using var response = await SendAsync(route, null, [], ct).ConfigureAwait(false);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
        return ulong.Parse(doc.RootElement.GetProperty("id").GetString() ?? "", NumberStyles.None, CultureInfo.InvariantCulture);
    }

    public async Task BulkOverwriteCommandsAsync(ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct)
    {
        var app = Id(applicationId);
        var route = guildId is { } guild
            ? new RestRoute(HttpMethod.Put, "/applications/{application}/guilds/{guild}/commands", Id(guild), $"/applications/{app}/guilds/{Id(guild)}/commands", true)
            : new RestRoute(HttpMethod.Put, "/applications/{application}/commands", app, $"/applications/{app}/commands", true);
        using var response = await SendAsync(route, DiscordPayloads.Commands(commands), [], ct).ConfigureAwait(false);
    }

    public async Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionCallback callback, CancellationToken ct)
    {
        var id = Id(interactionId);
        var token = Uri.EscapeDataString(interactionToken);
        var route = new RestRoute(HttpMethod.Post, "/interactions/{interaction}/{token}/callback", $"{id}/{token}", $"/interactions/{id}/{token}/callback", false);
        using var response = await SendAsync(route, DiscordPayloads.Callback(callback), callback.Message?.Attachments ?? [], ct).ConfigureAwait(false);
    }

    public async Task EditOriginalResponseAsync(ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct)
    {
        var route = WebhookRoute(HttpMethod.Patch, applicationId, interactionToken, "/messages/@original");
        using var response = await SendAsync(route, DiscordPayloads.Edit(message), message.Attachments, ct).ConfigureAwait(false);
    }

    public async Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct)
    {
        var route = WebhookRoute(HttpMethod.Delete, applicationId, interactionToken, "/messages/@original");
        using var response = await SendAsync(route, null, [], ct).ConfigureAwait(false);
    }

    public async Task<ulong> CreateFollowupMessageAsync(ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct)
    {
        var route = WebhookRoute(HttpMethod.Post, applicationId, interactionToken, "");
        var body = DiscordPayloads.Message(message);
        body.Remove("message_reference");
        using var response = await SendAsync(route, body, message.Attachments, ct).ConfigureAwait(false);
        return await ReadIdAsync(response, ct).ConfigureAwait(false);
    }

    public async Task EditFollowupMessageAsync(ulong applicationId, string interactionToken, ulong messageId, OutgoingMessage message, CancellationToken ct)
    {
        var route = WebhookRoute(HttpMethod.Patch, applicationId, interactionToken, "/messages/" + Id(messageId));
        using var response = await SendAsync(route, DiscordPayloads.Edit(message), message.Attachments, ct).ConfigureAwait(false);
    }

    public async Task DeleteFollowupMessageAsync(ulong applicationId, string interactionToken, ulong messageId, CancellationToken ct)
    {
        var route = WebhookRoute(HttpMethod.Delete, applicationId, interactionToken, "/messages/" + Id(messageId));
        using var response = await SendAsync(route, null, [], ct).ConfigureAwait(false);
    }

    public async Task<ulong> CreateMessageAsync(ulong channelId, OutgoingMessage message, CancellationToken ct)
    {
        var channel = Id(channelId);
        var route = new RestRoute(HttpMethod.Post, "/channels/{channel}/messages", channel, $"/channels/{channel}/messages", true);
        var body = DiscordPayloads.Message(message);
        body.Remove("flags");
        using var response = await SendAsync(route, body, message.Attachments, ct).ConfigureAwait(false);
        return await ReadIdAsync(response, ct).ConfigureAwait(false);
    }

    public async Task EditMessageAsync(ulong channelId, ulong messageId, OutgoingMessage message, CancellationToken ct)
    {
        var channel = Id(channelId);
        var route = new RestRoute(HttpMethod.Patch, "/channels/{channel}/messages/{message}", channel, $"/channels/{channel}/messages/{Id(messageId)}", true);
        using var response = await SendAsync(route, DiscordPayloads.Edit(message), message.Attachments, ct).ConfigureAwait(false);
    }

    public async Task<DiscordMessage> GetMessageAsync(ulong channelId, ulong messageId, CancellationToken ct)
    {
        var channel = Id(channelId);
        var route = new RestRoute(HttpMethod.Get, "/channels/{channel}/messages/{message}", channel, $"/channels/{channel}/messages/{Id(messageId)}", true);
        using var response = await SendAsync(route, null, [], ct).ConfigureAwait(false);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
        return DiscordModelParser.ParseMessage(doc.RootElement);
    }

    public async Task<DiscordChannel> GetChannelAsync(ulong channelId, CancellationToken ct)
    {
        var channel = Id(channelId);
        var route = new RestRoute(HttpMethod.Get, "/channels/{channel}", channel, $"/channels/{channel}", true);
        using var response = await SendAsync(route, null, [], ct).ConfigureAwait(false);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
        return DiscordModelParser.ParseChannel(doc.RootElement);
    }

    public Task AddReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct) =>
        SendReactionAsync(HttpMethod.Put, channelId, messageId, emoji, ct);

    public Task RemoveOwnReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct) =>
        SendReactionAsync(HttpMethod.Delete, channelId, messageId, emoji, ct);

    public void Dispose() => _http.Dispose();

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A route under <c>/webhooks/{app}/{token}</c>; Discord limits these per token, so the token is the major parameter.</summary>
    private static RestRoute WebhookRoute(HttpMethod method, ulong applicationId, string interactionToken, string rest)
    {
        var app = Id(applicationId);
        var token = Uri.EscapeDataString(interactionToken);
        var template = "/webhooks/{application}/{token}" + (rest.StartsWith("/messages/", StringComparison.Ordinal) && rest != "/messages/@original" ? "/messages/{message}" : rest);
        return new RestRoute(method, template, $"{app}/{token}", $"/webhooks/{app}/{token}{rest}", false);
    }

    private static async Task<ulong> ReadIdAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
            return doc.RootElement.TryGetProperty("id", out var id) && ulong.TryParse(id.GetString(), CultureInfo.InvariantCulture, out var value) ? value : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    private async Task SendReactionAsync(HttpMethod method, ulong channelId, ulong messageId, string emoji, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emoji);
        var channel = Id(channelId);
        var route = new RestRoute(method, "/channels/{channel}/messages/{message}/reactions/{emoji}/@me", channel, $"/channels/{channel}/messages/{Id(messageId)}/reactions/{Uri.EscapeDataString(emoji)}/@me", true);
        using var response = await SendAsync(route, null, [], ct).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(RestRoute route, JsonNode? body, IReadOnlyList<Models.FileAttachment> files, CancellationToken ct)
    {
        if (_unauthorized && route.Authenticated)
        {
            throw new DiscordUnauthorizedException(route.ToString());
        }

        var uri = new Uri(_baseUrl + route.Path);
        var response = await _limiter.SendAsync(
            route,
            token =>
            {
                var request = new HttpRequestMessage(route.Method, uri);
                if (route.Authenticated)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.Token);
                }

                if (body is not null)
                {
                    request.Content = DiscordPayloads.Content(body, files);
                }

                return SendOnceAsync(request, token);
            },
            _options.MaxRequestRetries,
            ct).ConfigureAwait(false);

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized && route.Authenticated)
            {
                _unauthorized = true;
                _fatal.Report(DiscordUnauthorizedException.Advice);
                throw new DiscordUnauthorizedException(route.ToString());
            }

            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            int? code = null;
            var detail = text.Length > 300 ? text[..300] : text;
            try
            {
                using var doc = JsonDocument.Parse(text);
                if (doc.RootElement.TryGetProperty("code", out var c) && c.TryGetInt32(out var parsed))
                {
                    code = parsed;
                }
            }
            catch (JsonException)
            {
            }

            throw new DiscordRestException(response.StatusCode, code, route.ToString(), detail);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
        }
    }
}
