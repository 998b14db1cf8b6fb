using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Gateway;

/// <summary>
/// Keeps a gateway session alive: connects, resumes or re-identifies after drops, backs off exponentially with jitter,
/// and stops for good on fatal close codes.
/// </summary>
internal sealed class GatewayClient(
    IDiscordRestClient rest,
    IOptions<DiscordOptions> options,
    DiscordGatewayState state,
    DiscordMetrics metrics,
    TimeProvider time,
    ILogger<GatewayClient> logger)
{
    private const int MaxFailedResumes = 3;

    private static readonly TimeSpan MinSessionStartWait = TimeSpan.FromSeconds(5);

    /// <summary>The random source for heartbeat and backoff jitter (replaceable for tests).</summary>
    public Random Random { get; init; } = Random.Shared;

    public static GatewayIntents IntentsFor(DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var intents = GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages;
        return options.MessageContentIntent ? intents | GatewayIntents.MessageContent : intents;
    }

    /// <summary>Runs until <paramref name="stoppingToken"/> fires (returns) or a fatal error (throws).</summary>
    /// <exception cref="GatewayFatalException">A fatal close code.</exception>
    /// <exception cref="DiscordUnauthorizedException">The token was rejected by REST.</exception>
    public async Task RunAsync(IGatewayEventSink sink, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var connectionSettings = new GatewayConnectionSettings(
            settings.Token,
            IntentsFor(settings),
            settings.ShardId is { } id && settings.ShardCount is { } count ? (id, count) : null,
            settings.MessageContentIntentSetting,
            Random,
            metrics);

        var gatewayUrl = string.IsNullOrWhiteSpace(settings.GatewayUrl)
            ? await DiscoverGatewayAsync(settings, stoppingToken).ConfigureAwait(false)
            : settings.GatewayUrl;

        var session = new GatewaySession();
        var failures = 0;
        var failedResumes = 0;
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!first)
            {
                state.AddReconnect();
                metrics.GatewayReconnects.Add(1);
            }

            first = false;
            var resume = session.CanResume;
            var url = BuildUri(resume ? session.ResumeUrl! : gatewayUrl);
            ConnectionOutcome outcome;
            var connection = new GatewayConnection(session, connectionSettings, sink, state, time, logger);
            await using (connection.ConfigureAwait(false))
            {
                try
                {
                    outcome = await connection.RunAsync(url, resume, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException && ex is not OutOfMemoryException)
                {
                    // A bug or an unexpected network error must not end the bot: treat it like a dropped connection.
                    logger.LogError(ex, "Gateway connection failed unexpectedly");
                    outcome = new ConnectionOutcome(ConnectionOutcomeKind.Resume) { Connected = true };
                }
            }

            switch (outcome.Kind)
            {
                case ConnectionOutcomeKind.Stopped:
                    return;
                case ConnectionOutcomeKind.Fatal:
                    throw new GatewayFatalException(outcome.Advice ?? $"Discord closed the gateway with {outcome.CloseCode}.");
                case ConnectionOutcomeKind.Identify:
                    session.Clear();
                    state.ClearSession();
                    break;
            }

            if (resume && !outcome.Resumed)
            {
                failedResumes++;
                if (!outcome.Connected || failedResumes >= MaxFailedResumes)
                {
                    logger.LogWarning("Resuming failed {Count} time(s); starting a new session", failedResumes);
                    session.Clear();
                    state.ClearSession();
                    failedResumes = 0;
                }
            }
            else if (outcome.Resumed)
            {
                failedResumes = 0;
            }

            failures = outcome.Healthy ? 0 : failures + 1;
            var delay = outcome.Delay ?? Backoff(failures, settings.MaxReconnectDelay);
            logger.LogInformation("Reconnecting to the gateway in {Delay} ({Action})", delay, session.CanResume ? "resume" : "identify");
            try
            {
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Asks <c>GET /gateway/bot</c> for the URL, retrying transient failures with backoff; a 401 is thrown. When the
    /// session-start budget is used up (<c>remaining</c> 0), waits <c>reset_after</c> and asks again.
    /// </summary>
    private async Task<string> DiscoverGatewayAsync(DiscordOptions settings, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var info = await rest.GetGatewayBotAsync(ct).ConfigureAwait(false);
                if (info.SessionStartLimit is { Remaining: <= 0 } limit)
                {
                    // Identifying now would be refused, and going over the budget resets the token: wait for the window,
                    // then ask again (never sooner than a few seconds, should Discord report no wait at all).
                    var wait = limit.ResetAfter > MinSessionStartWait ? limit.ResetAfter : MinSessionStartWait;
                    var resetAt = time.GetUtcNow() + wait;
                    var waiting = Task.Delay(wait, time, ct);
                    logger.LogWarning(
                        "No gateway session starts (IDENTIFY) left of {Total}; waiting {Wait} until {ResetAt:u} before connecting",
                        limit.Total,
                        wait,
                        resetAt);
                    await waiting.ConfigureAwait(false);
                    attempt = 0;
                    continue;
                }

                if (info.SessionStartsRemaining is < 10)
                {
                    logger.LogWarning("Only {Remaining} gateway session starts (IDENTIFY) left today", info.SessionStartsRemaining);
                }

                return info.Url;
            }
            catch (Exception ex) when (ex is (DiscordRestException or HttpRequestException or System.Text.Json.JsonException or KeyNotFoundException) and not DiscordUnauthorizedException)
            {
                var delay = Backoff(attempt, settings.MaxReconnectDelay);
                logger.LogWarning("Could not get the gateway URL ({Error}); retrying in {Delay}", ex.Message, delay);
                await Task.Delay(delay, time, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Exponential backoff with jitter: about 0.5–1 s after a healthy connection, doubling per failure, capped.</summary>
    internal TimeSpan Backoff(int failures, TimeSpan cap)
    {
        var exponential = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(failures, 16)));
        var capped = exponential < cap ? exponential : cap;
        return capped * (0.5 + (Random.NextDouble() * 0.5));
    }

    private static Uri BuildUri(string url)
    {
        var trimmed = url.TrimEnd('/');
        var separator = trimmed.Contains('?', StringComparison.Ordinal) ? "&" : "/?";
        return new Uri(trimmed + separator + "v=10&encoding=json");
    }
}
