using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Commands;

/// <summary>Builds command options with their Montenegrin descriptions (Discord's <c>hr</c> locale).</summary>
public static class CommandOptions
{
    /// <summary>The option every slash command takes: answer only the user.</summary>
    public const string PrivateName = "private";

    /// <summary>The <c>private</c> option.</summary>
    public static ApplicationCommandOption Private { get; } = new()
    {
        Type = ApplicationCommandOptionType.Boolean,
        Name = PrivateName,
        Description = "Only you see the answer",
        DescriptionLocalizations = Montenegrin("Samo vi vidite odgovor"),
    };

    /// <summary>A text option.</summary>
    public static ApplicationCommandOption Text(string name, LocalizedText description, bool required = false, bool autocomplete = false, int? maxLength = null)
    {
        ArgumentNullException.ThrowIfNull(description);
        return new()
        {
            Type = ApplicationCommandOptionType.String,
            Name = name,
            Description = description.English,
            DescriptionLocalizations = Montenegrin(description.Montenegrin),
            Required = required,
            Autocomplete = autocomplete,
            MaxLength = maxLength,
        };
    }

    /// <summary>Localizations with the Montenegrin text under Discord's nearest locale, <c>hr</c>.</summary>
    public static IReadOnlyDictionary<string, string> Montenegrin(string text) =>
        new Dictionary<string, string>(StringComparer.Ordinal) { [DiscordLocales.Croatian] = text };
}
