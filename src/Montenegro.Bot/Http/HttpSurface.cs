using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Discord.Http;
using Montenegro.Bot.Hosting;

namespace Montenegro.Bot.Http;

/// <summary>
/// The HTTP surface of <c>serve</c>: liveness at <c>/healthz</c> and readiness at <c>/readyz</c> (framework health checks
/// tagged <see cref="LiveTag"/> and <see cref="ReadyTag"/>), Prometheus metrics at <c>/metrics</c>, and Discord's
/// <c>POST /interactions</c> when a public key is configured.
/// </summary>
public static partial class HttpSurface
{
    /// <summary>The liveness path the image's HEALTHCHECK calls.</summary>
    public const string LivenessPath = "/healthz";

    /// <summary>The readiness path.</summary>
    public const string ReadinessPath = "/readyz";

    /// <summary>Checks that say the process is alive.</summary>
    public const string LiveTag = "live";

    /// <summary>Checks that say the bot can serve: the index is loaded and, with a gateway, the session is ready.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Listens on the port the settings give (<see cref="HttpPort"/>) and registers the health checks.</summary>
    public static WebApplicationBuilder AddHttpSurface(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The settings check has already refused a bad port; through Kestrel's own HTTP_PORTS setting (what
        // ASPNETCORE_HTTP_PORTS sets), so nothing is "overridden".
        var port = HttpPort.From(builder.Configuration).Port;
        builder.WebHost.UseSetting("HTTP_PORTS", port.ToString(CultureInfo.InvariantCulture));
        builder.Services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy(), tags: [LiveTag])
            .AddCheck<KnowledgeHealthCheck>("knowledge", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>Maps the endpoints. Health answers are plain text and never cached.</summary>
    public static WebApplication MapHttpSurface(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(LiveTag) });
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteReadinessAsync });
        app.MapPrometheusScrapingEndpoint("/metrics");
        switch (BotSettings.DiscordTransportOf(app.Configuration))
        {
            case DiscordTransport.HttpInteractions:
                app.MapDiscordInteractions();
                break;
            case DiscordTransport.None:
                LogNoDiscord(app.Logger);
                break;
        }

        return app;
    }

    // "Ready", or "Not ready: " and the first reason, in words an operator can act on.
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var reason = report.Entries.Values.FirstOrDefault(e => e.Status != HealthStatus.Healthy).Description;
        return context.Response.WriteAsync(report.Status == HealthStatus.Healthy ? "Ready" : $"Not ready: {reason}");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neither Discord:Token nor Discord:PublicKey is set: serving health, readiness and metrics only")]
    private static partial void LogNoDiscord(ILogger logger);
}
