using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>Registers component handlers (buttons, select menus, modals) with the interaction dispatcher.</summary>
public static class ComponentHandlerServiceCollectionExtensions
{
    /// <summary>
    /// Adds <typeparamref name="THandler"/> as a singleton <see cref="IComponentHandler"/>. The dispatcher checks at
    /// start that prefixes are non-empty and distinct.
    /// </summary>
    /// <typeparam name="THandler">The handler type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddDiscordComponentHandler<THandler>(this IServiceCollection services)
        where THandler : class, IComponentHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IComponentHandler, THandler>());
        return services;
    }
}
