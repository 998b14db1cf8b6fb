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

        var builder = services.AddDiscordOptions(section);
        if (configure is not null)
        {
            builder.Configure(configure);
        }

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
}
