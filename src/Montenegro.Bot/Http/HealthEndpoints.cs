using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Montenegro.Bot.Http;

/// <summary>Liveness (<c>/healthz</c>) and readiness (<c>/readyz</c>) for container platforms and load balancers.</summary>
public static class HealthEndpoints
{
    /// <summary>The liveness path the image's HEALTHCHECK calls.</summary>
    public const string LivenessPath = "/healthz";

    /// <summary>The readiness path.</summary>
    public const string ReadinessPath = "/readyz";

    /// <summary>Maps both endpoints. They answer plain text and are never cached.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LivenessPath, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Text("Healthy");
        });
        endpoints.MapGet(ReadinessPath, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var reason = context.RequestServices.GetRequiredService<ReadinessProbe>().NotReadyReason();
            return reason is null
                ? Results.Text("Ready")
                : Results.Text($"Not ready: {reason}", statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
