using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>An option (parameter or subcommand) of an application command.</summary>
public sealed record ApplicationCommandOption
{
    /// <summary>The option type.</summary>
    public required ApplicationCommandOptionType Type { get; init; }

    /// <summary>Lower-case name, 1–32 characters.</summary>
    public required string Name { get; init; }

    /// <summary>Names in other languages, keyed by Discord locale (e.g. <c>hr</c>); same rules as <see cref="Name"/>.</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>Description, 1–100 characters.</summary>
    public required string Description { get; init; }

    /// <summary>Descriptions in other languages, keyed by Discord locale (e.g. <c>hr</c>); 1–100 characters each.</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    /// <summary>Whether the user must supply it; required options come before optional ones.</summary>
    public bool Required { get; init; }

    /// <summary>Fixed choices (at most 25); not together with <see cref="Autocomplete"/>.</summary>
    public IReadOnlyList<ApplicationCommandChoice> Choices { get; init; } = [];

    /// <summary>Whether suggestions come from <see cref="IInteractionHandler.HandleAutocompleteAsync"/>.</summary>
    public bool Autocomplete { get; init; }

    /// <summary>Nested options of a subcommand or group (at most 25).</summary>
    public IReadOnlyList<ApplicationCommandOption> Options { get; init; } = [];

    /// <summary>Minimum value (integer and number options).</summary>
    public double? MinValue { get; init; }

    /// <summary>Maximum value (integer and number options).</summary>
    public double? MaxValue { get; init; }

    /// <summary>Minimum length (string options, 0–6000).</summary>
    public int? MinLength { get; init; }

    /// <summary>Maximum length (string options, 1–6000).</summary>
    public int? MaxLength { get; init; }
}
