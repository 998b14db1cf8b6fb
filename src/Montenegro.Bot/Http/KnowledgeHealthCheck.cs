using Microsoft.Extensions.Diagnostics.HealthChecks;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Http;

/// <summary>
/// Ready once the index is built, and through every reload after it (the engine before a reload answers until the new
/// one is swapped in, and after a reload that failed); unhealthy with the reason while loading or when the sources
/// could not be loaded at start.
/// </summary>
public sealed class KnowledgeHealthCheck(KnowledgeState knowledge) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(knowledge switch
        {
            { IsReady: true, LastReload: { Succeeded: false, Problem: var problem } } =>
                HealthCheckResult.Healthy($"the knowledge base is loaded; the latest change to the sources could not be loaded ({problem})"),
            { IsReady: true } => HealthCheckResult.Healthy("the knowledge base is loaded"),
            { FailureReason: { } failure } => HealthCheckResult.Unhealthy($"the sources could not be loaded: {failure}"),
            _ => HealthCheckResult.Unhealthy("the knowledge base is still loading"),
        });
}
