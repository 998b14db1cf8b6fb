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
    /// Binds <see cref="DiscordOptions"/> from <paramref name="section"/> and checks them at start: formats and ranges,
    /// not what a transport requires. <see cref="AddDiscordBot"/> and <c>AddDiscordHttpInteractions</c> call it; a host
    /// that reads the settings without connecting (a console mode) may call it alone, so a bad setting is reported in
    /// every mode. Safe to call more than once: the section is bound once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The <c>Discord</c> configuration section.</param>
    /// <returns>The options builder, for extra configuration.</returns>
    public static OptionsBuilder<DiscordOptions> AddDiscordOptions(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);

        // Bind once: a second Bind of the same section would be harmless but runs twice on every options build.
        var builder = services.AddOptions<DiscordOptions>();
        if (!services.Any(d => d.ServiceType == typeof(DiscordOptionsBound)))
        {
            services.AddSingleton<DiscordOptionsBound>();
            builder.Bind(section).ValidateOnStart();
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptions.Validator>());
        return builder;
    }

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

    /// <summary>Marks a collection whose Discord options are already bound.</summary>
    private sealed class DiscordOptionsBound;
}
