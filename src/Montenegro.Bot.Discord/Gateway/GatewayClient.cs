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

        var gatewayUrl = settings.GatewayUrl;
        if (string.IsNullOrWhiteSpace(gatewayUrl))
        {
            var info = await rest.GetGatewayBotAsync(stoppingToken).ConfigureAwait(false);
            gatewayUrl = info.Url;
            if (info.SessionStartsRemaining is < 10)
            {
                logger.LogWarning("Only {Remaining} gateway session starts (IDENTIFY) left today", info.SessionStartsRemaining);
            }
        }

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
                outcome = await connection.RunAsync(url, resume, stoppingToken).ConfigureAwait(false);
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
