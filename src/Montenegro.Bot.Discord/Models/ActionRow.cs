namespace Montenegro.Bot.Discord.Models;

/// <summary>
/// A row of a message's components: 1–5 buttons, or exactly one select menu. A message holds at most 5 rows
/// (checked where rows are attached, see <see cref="ComponentLimits.CheckMessageRows"/>).
/// </summary>
public sealed class ActionRow
{
    /// <summary>Creates the row.</summary>
    /// <param name="components">1–5 buttons, or one select menu.</param>
    /// <exception cref="ArgumentException">The row is empty, too full, mixes a select menu with others, or repeats a custom id.</exception>
    public ActionRow(params MessageComponent[] components)
        : this((IEnumerable<MessageComponent>)components)
    {
    }

    /// <summary>Creates the row.</summary>
    /// <param name="components">1–5 buttons, or one select menu.</param>
    /// <exception cref="ArgumentException">The row is empty, too full, mixes a select menu with others, or repeats a custom id.</exception>
    public ActionRow(IEnumerable<MessageComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var list = components.ToList();
        if (list.Count == 0 || list.Any(c => c is null))
        {
            throw new ArgumentException("An action row needs at least one component, and none may be null.", nameof(components));
        }

        var selects = list.Count(c => c is not Button);
        if (selects > 0 && list.Count > 1)
        {
            throw new ArgumentException("A select menu fills an action row on its own; put buttons in another row.", nameof(components));
        }

        if (list.Count > ComponentLimits.MaxButtonsPerRow)
        {
            throw new ArgumentException($"An action row holds at most {ComponentLimits.MaxButtonsPerRow} buttons (got {list.Count}).", nameof(components));
        }

        ComponentLimits.CheckUnique(list.Select(c => c.CustomId).OfType<string>(), "action row", nameof(components));
        Components = list;
    }

    /// <summary>The components, in order.</summary>
    public IReadOnlyList<MessageComponent> Components { get; }
}
