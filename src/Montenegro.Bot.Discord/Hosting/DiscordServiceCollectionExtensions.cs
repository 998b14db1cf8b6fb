using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Gateway;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;

namespace Montenegro.Bot.Discord.Hosting;

/// <summary>Registers the Discord layer in a host.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Adds the gateway hosted service, REST client, dispatchers, <see cref="DiscordGatewayState"/> and
    /// <see cref="DiscordMetrics"/>, with <see cref="DiscordOptions"/> bound from <paramref name="section"/> and validated at
    /// start. The application registers its own <see cref="IInteractionHandler"/>, <see cref="IMessageHandler"/> (optional)
    /// and <see cref="IApplicationCommandSource"/> (optional; without it no commands are registered).
    /// Call it only when a token is configured.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The <c>Discord</c> configuration section.</param>
    /// <param name="configure">Extra settings applied after binding (e.g. <see cref="DiscordOptions.MessageContentIntent"/>).</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddDiscordBot(this IServiceCollection services, IConfiguration section, Action<DiscordOptions>? configure = null)
    {
        DiscordCoreServices.Add(services, section, configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, GatewayOptionsValidator>());
        services.TryAddSingleton<IInteractionResponder, RestInteractionResponder>();
        services.TryAddSingleton(sp => sp.GetService<IMessageHandler>() is null ? null! : ActivatorUtilities.CreateInstance<MessageDispatcher>(sp));
        services.TryAddSingleton(sp => new GatewayEventRouter(
            sp.GetService<InteractionDispatcher>(),
            sp.GetRequiredService<IInteractionResponder>(),
            sp.GetService<MessageDispatcher>(),
            sp.GetRequiredService<CommandRegistrar>(),
            sp.GetRequiredService<InFlightWork>(),
            sp.GetRequiredService<ILogger<GatewayEventRouter>>()));
        services.TryAddSingleton<GatewayClient>();
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }
}
