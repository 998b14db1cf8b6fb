namespace Montenegro.Bot.Discord.Models;

/// <summary>
/// A select menu of fixed text options (1–25, distinct values). It fills an <see cref="ActionRow"/> on its own.
/// The constructor enforces Discord's limits and throws <see cref="ArgumentException"/> otherwise.
/// </summary>
public sealed class StringSelectMenu : MessageComponent
{
    /// <summary>Creates the menu.</summary>
    /// <param name="customId">The id sent back with the chosen values (1–100 characters).</param>
    /// <param name="options">The choices, 1–25 with distinct values.</param>
    /// <param name="placeholder">Text shown while nothing is chosen (at most 150 characters).</param>
    /// <param name="minValues">Fewest choices (0–25).</param>
    /// <param name="maxValues">Most choices (1–25, at most the number of options).</param>
    /// <param name="disabled">Greyed out.</param>
    /// <exception cref="ArgumentException">A limit is broken.</exception>
    public StringSelectMenu(string customId, IEnumerable<SelectMenuOption> options, string? placeholder = null, int minValues = 1, int maxValues = 1, bool disabled = false)
        : base(customId)
    {
        ArgumentNullException.ThrowIfNull(options);
        ComponentLimits.CheckCustomId(customId, nameof(customId));
        var list = options.ToList();
        if (list.Count is 0 or > ComponentLimits.MaxSelectOptions)
        {
            throw new ArgumentException($"A select menu needs 1-{ComponentLimits.MaxSelectOptions} options (got {list.Count}).", nameof(options));
        }

        if (list.Any(o => o is null))
        {
            throw new ArgumentException("Select options cannot be null.", nameof(options));
        }

        var duplicate = list.GroupBy(o => o.Value, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The select option value '{duplicate.Key}' is used twice.", nameof(options));
        }

        ComponentLimits.CheckLength(placeholder, ComponentLimits.MaxSelectPlaceholderLength, "A select menu's placeholder", nameof(placeholder));
        if (minValues is < 0 or > ComponentLimits.MaxSelectOptions)
        {
            throw new ArgumentException($"minValues must be 0-{ComponentLimits.MaxSelectOptions} (got {minValues}).", nameof(minValues));
        }

        if (maxValues < 1 || maxValues > list.Count || maxValues < minValues)
        {
            throw new ArgumentException($"maxValues must be at least 1 and minValues ({minValues}) and at most the number of options ({list.Count}); got {maxValues}.", nameof(maxValues));
        }

        if (list.Count(o => o.IsDefault) > maxValues)
        {
            throw new ArgumentException($"More options are marked default than maxValues ({maxValues}) allows.", nameof(options));
        }

        Options = list;
        Placeholder = string.IsNullOrEmpty(placeholder) ? null : placeholder;
        MinValues = minValues;
        MaxValues = maxValues;
        Disabled = disabled;
    }

    /// <inheritdoc />
    public override ComponentType Type => ComponentType.StringSelect;

    /// <summary>The choices.</summary>
    public IReadOnlyList<SelectMenuOption> Options { get; }

    /// <summary>The placeholder, if any.</summary>
    public string? Placeholder { get; }

    /// <summary>Fewest choices.</summary>
    public int MinValues { get; }

    /// <summary>Most choices.</summary>
    public int MaxValues { get; }

    /// <summary>Whether the menu is greyed out.</summary>
    public bool Disabled { get; }
}
