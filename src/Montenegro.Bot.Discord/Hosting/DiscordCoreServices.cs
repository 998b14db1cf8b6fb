using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Hosting;

/// <summary>
/// What both transports need (options, REST, the interaction dispatcher, command registration, metrics). Every
/// registration is a TryAdd, so a host that calls both <c>AddDiscordBot</c> and <c>AddDiscordHttpInteractions</c> gets
/// one of each.
/// </summary>
internal static class DiscordCoreServices
{
    public static void Add(IServiceCollection services, IConfiguration section, Action<DiscordOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);

        // Bind once: a second Bind of the same section would be harmless but runs twice on every options build.
        var builder = services.AddOptions<DiscordOptions>();
        if (!services.Any(d => d.ServiceType == typeof(Marker)))
        {
            services.AddSingleton<Marker>();
            builder.Bind(section).ValidateOnStart();
        }

        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new DiscordMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton<DiscordGatewayState>();
        services.TryAddSingleton<DiscordFatalError>();
        services.TryAddSingleton<InFlightWork>();
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<IDiscordRestClient>(sp => sp.GetRequiredService<DiscordRestClient>());
        services.TryAddSingleton(sp => sp.GetService<IInteractionHandler>() is null ? null! : ActivatorUtilities.CreateInstance<InteractionDispatcher>(sp));
        services.TryAddSingleton(sp => new CommandRegistrar(
            sp.GetService<IApplicationCommandSource>(),
            sp.GetRequiredService<IDiscordRestClient>(),
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<ILogger<CommandRegistrar>>()));
    }

    /// <summary>Marks a collection whose options are already bound.</summary>
    private sealed class Marker;
}
