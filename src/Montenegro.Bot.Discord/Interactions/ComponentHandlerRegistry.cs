using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>Finds the handler for a custom id: the one with the longest matching prefix.</summary>
internal sealed class ComponentHandlerRegistry
{
    private readonly IComponentHandler[] _byLongestPrefix;

    /// <exception cref="InvalidOperationException">A prefix is empty, too long, or claimed twice.</exception>
    public ComponentHandlerRegistry(IEnumerable<IComponentHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        var list = handlers.ToList();
        foreach (var handler in list)
        {
            if (string.IsNullOrEmpty(handler.CustomIdPrefix) || handler.CustomIdPrefix.Length > ComponentLimits.MaxCustomIdLength)
            {
                throw new InvalidOperationException($"Component handler {handler.GetType().Name} needs a custom-id prefix of 1-{ComponentLimits.MaxCustomIdLength} characters.");
            }
        }

        foreach (var group in list.GroupBy(h => h.CustomIdPrefix, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new InvalidOperationException(
                $"The custom-id prefix '{group.Key}' is claimed by {string.Join(" and ", group.Select(h => h.GetType().Name))}; each handler needs its own.");
        }

        _byLongestPrefix = [.. list.OrderByDescending(h => h.CustomIdPrefix.Length)];
    }

    public int Count => _byLongestPrefix.Length;

    public IComponentHandler? Find(string customId)
    {
        foreach (var handler in _byLongestPrefix)
        {
            if (customId.StartsWith(handler.CustomIdPrefix, StringComparison.Ordinal))
            {
                return handler;
            }
        }

        return null;
    }
}
