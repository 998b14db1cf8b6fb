using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Interactions;

namespace Montenegro.Bot.Discord.Http;

/// <summary>Registers the HTTP interactions mode (no gateway connection) in a host.</summary>
public static class DiscordHttpInteractionsServiceCollectionExtensions
{
    /// <summary>
    /// Adds what <see cref="DiscordEndpointRouteBuilderExtensions.MapDiscordInteractions"/> needs: the signature verifier,
    /// REST client (edits and follow-ups), the interaction dispatcher and <see cref="DiscordMetrics"/>, with
    /// <see cref="DiscordOptions"/> bound from <paramref name="section"/> and validated at start
    /// (<see cref="DiscordOptions.PublicKey"/> required, <see cref="DiscordOptions.Token"/> optional). A hosted service
    /// registers the commands of <see cref="IApplicationCommandSource"/> at start when a token is configured.
    /// No gateway connection is made. Safe to combine with <see cref="DiscordServiceCollectionExtensions.AddDiscordBot"/>:
    /// shared services are registered once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The <c>Discord</c> configuration section.</param>
    /// <param name="configure">Extra settings applied after binding.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddDiscordHttpInteractions(this IServiceCollection services, IConfiguration section, Action<DiscordOptions>? configure = null)
    {
        DiscordCoreServices.Add(services, section, configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, HttpInteractionsOptionsValidator>());
        services.TryAddSingleton(sp => new InteractionSignatureVerifier(
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new InteractionReplayGuard(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new HttpInteractionEndpoint(
            sp.GetRequiredService<InteractionSignatureVerifier>(),
            sp.GetRequiredService<InteractionReplayGuard>(),
            sp.GetService<InteractionDispatcher>(),
            sp.GetRequiredService<Rest.IDiscordRestClient>(),
            sp.GetRequiredService<InFlightWork>(),
            sp.GetRequiredService<DiscordMetrics>(),
            sp.GetRequiredService<ILogger<HttpInteractionEndpoint>>()));
        services.AddHostedService<DiscordHttpInteractionsService>();
        return services;
    }
}
