using Microsoft.Extensions.Diagnostics.HealthChecks;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Http;

/// <summary>Ready once the index is built; unhealthy with the reason while loading or when the sources could not be loaded.</summary>
public sealed class KnowledgeHealthCheck(KnowledgeState knowledge) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(knowledge switch
        {
            { IsReady: true } => HealthCheckResult.Healthy("the knowledge base is loaded"),
            { FailureReason: { } failure } => HealthCheckResult.Unhealthy($"the sources could not be loaded: {failure}"),
            _ => HealthCheckResult.Unhealthy("the knowledge base is still loading"),
        });
}
