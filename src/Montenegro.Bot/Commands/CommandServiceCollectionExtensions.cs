using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Montenegro.Bot.Commands;

/// <summary>Registers the bot's commands with a host.</summary>
public static class CommandServiceCollectionExtensions
{
    /// <summary>
    /// Adds every <see cref="CommandModuleAttribute"/> command of this assembly and of <paramref name="moreAssemblies"/>,
    /// the <see cref="CommandCatalog"/> over all registered <see cref="BotCommand"/>s, and the <c>Discord:PublicAnswers</c>
    /// setting.
    /// </summary>
    public static IServiceCollection AddBotCommands(this IServiceCollection services, IConfiguration configuration, params Assembly[] moreAssemblies)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var type in CommandCatalog.ModuleTypes([typeof(CommandCatalog).Assembly, .. moreAssemblies]))
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(BotCommand), type));
        }

        services.TryAddSingleton(sp => new CommandCatalog(sp.GetServices<BotCommand>()));
        services.AddOptions<AnswerVisibilityOptions>()
            .Bind(configuration.GetSection(Discord.Hosting.DiscordOptions.SectionName));
        return services;
    }

    /// <summary>Adds one more command, <typeparamref name="TCommand"/>, beside those <see cref="AddBotCommands"/> finds.</summary>
    public static IServiceCollection AddBotCommand<TCommand>(this IServiceCollection services)
        where TCommand : BotCommand
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<BotCommand, TCommand>());
        return services;
    }
}
