using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>
/// Checks command definitions against Discord's rules before registering them, so a bad definition fails at start
/// with a message naming the command and option instead of a 400 from Discord.
/// </summary>
public static partial class ApplicationCommandValidator
{
    /// <summary>Most options (or choices) per level.</summary>
    public const int MaxOptions = 25;

    /// <summary>Most characters of name, description and values of one command with all its options and choices.</summary>
    public const int MaxCommandCharacters = 8000;

    /// <summary>Checks every rule and returns every problem found.</summary>
    /// <param name="commands">The full command set.</param>
    /// <returns>Human-readable problems; empty when valid.</returns>
    public static IReadOnlyList<string> Validate(IEnumerable<ApplicationCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var errors = new List<string>();
        var list = commands.ToList();
        foreach (var group in list.GroupBy(c => (c.Type, c.Name)).Where(g => g.Count() > 1))
        {
            errors.Add($"command '{group.Key.Name}' is defined {group.Count()} times");
        }

        CheckCount(list, ApplicationCommandType.ChatInput, 100, errors);
        CheckCount(list, ApplicationCommandType.User, 15, errors);
        CheckCount(list, ApplicationCommandType.Message, 15, errors);

        foreach (var command in list)
        {
            var where = $"command '{command.Name}'";
            if (command.Type == ApplicationCommandType.ChatInput)
            {
                CheckName(command.Name, where, errors);
                CheckDescription(command.Description, where, errors);
                CheckLocalizations(command.NameLocalizations, where, "name", IsValidName, "1-32 lower-case letters, digits, '-' or '_'", errors);
                CheckLocalizations(command.DescriptionLocalizations, where, "description", d => d.Length is >= 1 and <= 100, "1-100 characters", errors);
                CheckOptions(command.Options, where, depth: 0, errors);
            }
            else
            {
                if (!IsValidMenuName(command.Name))
                {
                    errors.Add($"{where}: name must be 1-32 characters (was {command.Name.Length})");
                }

                CheckLocalizations(command.NameLocalizations, where, "name", IsValidMenuName, "1-32 characters", errors);
                if (command.Description.Length != 0 || command.Options.Count != 0 || command.DescriptionLocalizations is { Count: > 0 })
                {
                    errors.Add($"{where}: user and message commands take no description or options");
                }
            }

            if (command.IntegrationTypes is { } integrationTypes && (integrationTypes.Count == 0 || integrationTypes.Any(t => !Enum.IsDefined(t)) || integrationTypes.Distinct().Count() != integrationTypes.Count))
            {
                errors.Add($"{where}: integration types must be distinct values of {string.Join("/", Enum.GetNames<ApplicationIntegrationType>())}");
            }

            if (command.Contexts is { } contexts && (contexts.Count == 0 || contexts.Any(c => !Enum.IsDefined(c)) || contexts.Distinct().Count() != contexts.Count))
            {
                errors.Add($"{where}: contexts must be distinct values of {string.Join("/", Enum.GetNames<InteractionContextType>())}");
            }

            var size = CountCharacters(command);
            if (size > MaxCommandCharacters)
            {
                errors.Add($"{where}: names, descriptions and values total {size} characters (limit {MaxCommandCharacters})");
            }
        }

        return errors;
    }

    /// <summary>Throws when <see cref="Validate"/> finds problems.</summary>
    /// <param name="commands">The full command set.</param>
    /// <exception cref="InvalidOperationException">With every problem listed.</exception>
    public static void ThrowIfInvalid(IEnumerable<ApplicationCommand> commands)
    {
        var errors = Validate(commands);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Invalid application command definitions: " + string.Join("; ", errors));
        }
    }

    /// <summary>True when <paramref name="name"/> is a valid slash-command or option name.</summary>
    /// <param name="name">The candidate.</param>
    /// <returns>Whether Discord accepts it.</returns>
    public static bool IsValidName(string name) =>
        NameRegex().IsMatch(name) && string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal);

    private static bool IsValidMenuName(string name) => name.Trim().Length is >= 1 and <= 32 && name.Length <= 32;

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameRegex();

    private static void CheckCount(List<ApplicationCommand> list, ApplicationCommandType type, int max, List<string> errors)
    {
        var count = list.Count(c => c.Type == type);
        if (count > max)
        {
            errors.Add($"{count} {type} commands defined (limit {max})");
        }
    }

    private static void CheckName(string name, string where, List<string> errors)
    {
        if (!IsValidName(name))
        {
            errors.Add($"{where}: name '{name}' must be 1-32 lower-case letters, digits, '-' or '_'");
        }
    }

    private static void CheckLocalizations(
        IReadOnlyDictionary<string, string>? values,
        string where,
        string field,
        Func<string, bool> valid,
        string rule,
        List<string> errors)
    {
        foreach (var (locale, text) in values ?? new Dictionary<string, string>())
        {
            if (!DiscordLocales.All.Contains(locale))
            {
                errors.Add($"{where}: '{locale}' is not a Discord locale (e.g. {DiscordLocales.Croatian}, en-US)");
            }
            else if (text is null || !valid(text))
            {
                errors.Add($"{where}: {field} for '{locale}' must be {rule}");
            }
        }
    }

    private static void CheckDescription(string description, string where, List<string> errors)
    {
        if (description.Length is < 1 or > 100)
        {
            errors.Add($"{where}: description must be 1-100 characters (was {description.Length})");
        }
    }

    private static void CheckOptions(IReadOnlyList<ApplicationCommandOption> options, string parent, int depth, List<string> errors)
    {
        if (options.Count > MaxOptions)
        {
            errors.Add($"{parent}: {options.Count} options (limit {MaxOptions})");
        }

        foreach (var group in options.GroupBy(o => o.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"{parent}: option '{group.Key}' is defined {group.Count()} times");
        }

        var sawOptional = false;
        var subcommands = options.Count(IsSubcommand);
        if (subcommands > 0 && subcommands != options.Count)
        {
            errors.Add($"{parent}: subcommands cannot be mixed with other options at the same level");
        }

        foreach (var option in options)
        {
            var where = $"{parent} option '{option.Name}'";
            CheckName(option.Name, where, errors);
            CheckDescription(option.Description, where, errors);
            CheckLocalizations(option.NameLocalizations, where, "name", IsValidName, "1-32 lower-case letters, digits, '-' or '_'", errors);
            CheckLocalizations(option.DescriptionLocalizations, where, "description", d => d.Length is >= 1 and <= 100, "1-100 characters", errors);

            if (IsSubcommand(option))
            {
                if (option.Required)
                {
                    errors.Add($"{where}: subcommands cannot be required");
                }

                if (option.Type == ApplicationCommandOptionType.SubCommandGroup && (depth > 0 || option.Options.Any(o => o.Type != ApplicationCommandOptionType.SubCommand)))
                {
                    errors.Add($"{where}: a subcommand group must be top-level and contain only subcommands");
                }

                if (option.Type == ApplicationCommandOptionType.SubCommand && option.Options.Any(IsSubcommand))
                {
                    errors.Add($"{where}: a subcommand cannot contain subcommands");
                }

                CheckOptions(option.Options, where, depth + 1, errors);
                continue;
            }

            if (option.Options.Count > 0)
            {
                errors.Add($"{where}: only subcommands and groups can have nested options");
            }

            if (option.Required && sawOptional)
            {
                errors.Add($"{where}: required options must come before optional ones");
            }

            sawOptional |= !option.Required;
            CheckChoices(option, where, errors);
        }
    }

    private static void CheckChoices(ApplicationCommandOption option, string where, List<string> errors)
    {
        var allowsChoices = option.Type is ApplicationCommandOptionType.String or ApplicationCommandOptionType.Integer or ApplicationCommandOptionType.Number;
        if (option.Autocomplete && !allowsChoices)
        {
            errors.Add($"{where}: autocomplete is only for string, integer and number options");
        }

        if (option.Choices.Count == 0)
        {
            return;
        }

        if (!allowsChoices)
        {
            errors.Add($"{where}: choices are only for string, integer and number options");
        }

        if (option.Autocomplete)
        {
            errors.Add($"{where}: choices and autocomplete cannot be combined");
        }

        if (option.Choices.Count > MaxOptions)
        {
            errors.Add($"{where}: {option.Choices.Count} choices (limit {MaxOptions})");
        }

        foreach (var choice in option.Choices)
        {
            if (choice.Name.Length is < 1 or > 100)
            {
                errors.Add($"{where} choice '{choice.Name}': name must be 1-100 characters");
            }

            if (choice.Value is string text && text.Length > 100)
            {
                errors.Add($"{where} choice '{choice.Name}': value must be at most 100 characters");
            }

            CheckLocalizations(choice.NameLocalizations, $"{where} choice '{choice.Name}'", "name", n => n.Length is >= 1 and <= 100, "1-100 characters", errors);
        }
    }

    private static bool IsSubcommand(ApplicationCommandOption option) =>
        option.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup;

    // Discord counts the longest of a field's default and localized texts.
    private static int CountCharacters(ApplicationCommand command) =>
        Longest(command.Name, command.NameLocalizations) + Longest(command.Description, command.DescriptionLocalizations) + command.Options.Sum(CountCharacters);

    private static int CountCharacters(ApplicationCommandOption option) =>
        Longest(option.Name, option.NameLocalizations) + Longest(option.Description, option.DescriptionLocalizations)
        + option.Choices.Sum(c => Longest(c.Name, c.NameLocalizations) + (Convert.ToString(c.Value, CultureInfo.InvariantCulture)?.Length ?? 0))
        + option.Options.Sum(CountCharacters);

    private static int Longest(string text, IReadOnlyDictionary<string, string>? localized) =>
        Math.Max(text.Length, localized is { Count: > 0 } ? localized.Values.Max(v => v?.Length ?? 0) : 0);
}
