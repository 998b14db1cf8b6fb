using Microsoft.Extensions.Diagnostics.HealthChecks;
using Montenegro.Bot.Discord.Hosting;

namespace Montenegro.Bot.Http;

/// <summary>Ready while the gateway session is; unhealthy with the reason otherwise, or with what to fix after a fatal error.</summary>
public sealed class DiscordGatewayHealthCheck(DiscordGatewayState gateway) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(gateway switch
        {
            { FatalError: { } fatal } => HealthCheckResult.Unhealthy($"the Discord connection stopped: {fatal}"),
            { IsReady: true } => HealthCheckResult.Healthy("the Discord gateway session is ready"),
            _ => HealthCheckResult.Unhealthy("the Discord gateway session is not ready"),
        });
}
