namespace Montenegro.Bot.Discord.Models;

/// <summary>
/// A pop-up form (interaction callback type 9) with 1–5 text inputs. Its submission arrives as a modal-submit
/// interaction carrying <see cref="CustomId"/>, routed by prefix like a component. The constructor enforces Discord's
/// limits and throws <see cref="ArgumentException"/> otherwise.
/// </summary>
public sealed class Modal
{
    /// <summary>Creates the modal.</summary>
    /// <param name="customId">The id its submission comes back with (1–100 characters).</param>
    /// <param name="title">The title (1–45 characters).</param>
    /// <param name="inputs">1–5 fields with distinct custom ids.</param>
    /// <exception cref="ArgumentException">A limit is broken.</exception>
    public Modal(string customId, string title, params TextInput[] inputs)
        : this(customId, title, (IEnumerable<TextInput>)inputs)
    {
    }

    /// <summary>Creates the modal.</summary>
    /// <param name="customId">The id its submission comes back with (1–100 characters).</param>
    /// <param name="title">The title (1–45 characters).</param>
    /// <param name="inputs">1–5 fields with distinct custom ids.</param>
    /// <exception cref="ArgumentException">A limit is broken.</exception>
    public Modal(string customId, string title, IEnumerable<TextInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ComponentLimits.CheckCustomId(customId, nameof(customId));
        ComponentLimits.CheckLength(title, ComponentLimits.MaxModalTitleLength, "A modal title", nameof(title), required: true);
        var list = inputs.ToList();
        if (list.Count is 0 or > ComponentLimits.MaxModalInputs || list.Any(i => i is null))
        {
            throw new ArgumentException($"A modal needs 1-{ComponentLimits.MaxModalInputs} text inputs (got {list.Count}).", nameof(inputs));
        }

        ComponentLimits.CheckUnique(list.Select(i => i.CustomId), "modal", nameof(inputs));
        CustomId = customId;
        Title = title;
        Inputs = list;
    }

    /// <summary>The id the submission comes back with.</summary>
    public string CustomId { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The fields, top to bottom.</summary>
    public IReadOnlyList<TextInput> Inputs { get; }
}
