namespace Montenegro.Bot.Discord.Models;

/// <summary>Discord's limits for message components and modals, checked when they are constructed.</summary>
public static class ComponentLimits
{
    /// <summary>Action rows per message.</summary>
    public const int MaxActionRows = 5;

    /// <summary>Buttons per action row.</summary>
    public const int MaxButtonsPerRow = 5;

    /// <summary>Characters of a custom id.</summary>
    public const int MaxCustomIdLength = 100;

    /// <summary>Characters of a button label.</summary>
    public const int MaxButtonLabelLength = 80;

    /// <summary>Characters of a link button's URL.</summary>
    public const int MaxUrlLength = 512;

    /// <summary>Options of a select menu.</summary>
    public const int MaxSelectOptions = 25;

    /// <summary>Characters of a select option's label, value and description.</summary>
    public const int MaxSelectOptionTextLength = 100;

    /// <summary>Characters of a select menu's placeholder.</summary>
    public const int MaxSelectPlaceholderLength = 150;

    /// <summary>Characters of a modal title.</summary>
    public const int MaxModalTitleLength = 45;

    /// <summary>Text inputs per modal.</summary>
    public const int MaxModalInputs = 5;

    /// <summary>Characters of a text input's label.</summary>
    public const int MaxTextInputLabelLength = 45;

    /// <summary>Characters of a text input's description.</summary>
    public const int MaxTextInputDescriptionLength = 100;

    /// <summary>Characters of a text input's placeholder.</summary>
    public const int MaxTextInputPlaceholderLength = 100;

    /// <summary>Characters a text input can hold (and its minimum/maximum length bounds).</summary>
    public const int MaxTextInputLength = 4000;

    /// <summary>
    /// Checks the rows of one message: at most <see cref="MaxActionRows"/>, and no custom id used twice.
    /// </summary>
    /// <param name="rows">The rows.</param>
    /// <param name="paramName">The argument name reported in the exception.</param>
    /// <returns><paramref name="rows"/>.</returns>
    /// <exception cref="ArgumentException">A limit is broken.</exception>
    public static IReadOnlyList<ActionRow> CheckMessageRows(IReadOnlyList<ActionRow> rows, string paramName = "components")
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count > MaxActionRows)
        {
            throw new ArgumentException($"A message can have at most {MaxActionRows} action rows (got {rows.Count}).", paramName);
        }

        if (rows.Any(r => r is null))
        {
            throw new ArgumentException("Action rows cannot be null.", paramName);
        }

        CheckUnique(rows.SelectMany(r => r.Components).Select(c => c.CustomId).OfType<string>(), "message", paramName);
        return rows;
    }

    internal static void CheckCustomId(string? customId, string paramName)
    {
        if (string.IsNullOrEmpty(customId))
        {
            throw new ArgumentException("A custom id is required (1-100 characters).", paramName);
        }

        if (customId.Length > MaxCustomIdLength)
        {
            throw new ArgumentException($"A custom id can have at most {MaxCustomIdLength} characters (got {customId.Length}: '{customId[..20]}…').", paramName);
        }
    }

    internal static void CheckLength(string? text, int max, string what, string paramName, bool required = false)
    {
        if (required && string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException($"{what} is required.", paramName);
        }

        if (text is not null && text.Length > max)
        {
            throw new ArgumentException($"{what} can have at most {max} characters (got {text.Length}).", paramName);
        }
    }

    internal static void CheckUnique(IEnumerable<string> customIds, string where, string paramName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in customIds)
        {
            if (!seen.Add(id))
            {
                throw new ArgumentException($"The custom id '{id}' is used twice in one {where}; each component needs its own.", paramName);
            }
        }
    }
}
