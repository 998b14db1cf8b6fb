namespace Montenegro.Bot.Discord.Models;

/// <summary>An emoji shown on a button or select option: a Unicode emoji by name, or a custom emoji by id.</summary>
public sealed record ComponentEmoji
{
    /// <summary>Creates the emoji.</summary>
    /// <param name="name">The Unicode emoji itself (e.g. "📄"), or the custom emoji's name.</param>
    /// <param name="id">The custom emoji's id; null for a Unicode emoji.</param>
    /// <param name="animated">Whether the custom emoji is animated.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public ComponentEmoji(string name, ulong? id = null, bool animated = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Id = id;
        Animated = animated;
    }

    /// <summary>The Unicode emoji, or the custom emoji's name.</summary>
    public string Name { get; }

    /// <summary>The custom emoji's id; null for a Unicode emoji.</summary>
    public ulong? Id { get; }

    /// <summary>Whether the custom emoji is animated.</summary>
    public bool Animated { get; }
}
