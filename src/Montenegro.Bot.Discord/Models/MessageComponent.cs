namespace Montenegro.Bot.Discord.Models;

/// <summary>
/// An interactive component placed in an <see cref="ActionRow"/> of a message: a <see cref="Button"/> or a
/// <see cref="StringSelectMenu"/>. Every constructor checks Discord's limits and throws <see cref="ArgumentException"/>,
/// so a component that exists can be sent.
/// </summary>
public abstract class MessageComponent
{
    private protected MessageComponent(string? customId)
    {
        CustomId = customId;
    }

    /// <summary>The component type.</summary>
    public abstract ComponentType Type { get; }

    /// <summary>
    /// The developer-defined id (1–100 characters) sent back when the component is used; null for link buttons.
    /// Handlers are chosen by its prefix (see <see cref="Interactions.IComponentHandler.CustomIdPrefix"/>).
    /// </summary>
    public string? CustomId { get; }
}
