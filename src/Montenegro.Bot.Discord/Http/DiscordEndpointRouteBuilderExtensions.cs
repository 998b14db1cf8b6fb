using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Montenegro.Bot.Discord.Http;

/// <summary>Maps the HTTP interactions endpoint into an ASP.NET Core app.</summary>
public static class DiscordEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> as Discord's Interactions Endpoint URL: bodies over 64 KB get 413, a
    /// missing, bad or stale signature 401, a signed body that is not an interaction 400, an interaction id already
    /// received within the signature window 409 (a replay is never answered twice), and 429 in the unlikely case that
    /// window holds more ids than the replay memory may. PING gets a PONG, and commands and autocomplete go to the registered
    /// <see cref="Interactions.IInteractionHandler"/> with the initial response as the HTTP response body. Requires
    /// <see cref="DiscordHttpInteractionsServiceCollectionExtensions.AddDiscordHttpInteractions"/>. Serve it over HTTPS
    /// (Discord requires it; TLS may end at a proxy).
    /// </summary>
    /// <param name="endpoints">The app's route builder.</param>
    /// <param name="pattern">The route, <c>/interactions</c> by default.</param>
    /// <returns>The same route builder.</returns>
    /// <exception cref="InvalidOperationException"><c>AddDiscordHttpInteractions</c> was not called.</exception>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints, string pattern = "/interactions")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        if (endpoints.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(HttpInteractionEndpoint)) != true)
        {
            throw new InvalidOperationException("Call services.AddDiscordHttpInteractions(...) before MapDiscordInteractions().");
        }

        // Resolved per request, so options validation errors surface at start (ValidateOnStart), not at mapping time.
        endpoints.MapPost(pattern, context => context.RequestServices.GetRequiredService<HttpInteractionEndpoint>().HandleAsync(context))
            .WithDisplayName("Discord interactions");
        return endpoints;
    }
}
