using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Console;
using Montenegro.Bot.Discord;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Hosting;

/// <summary>
/// What the bot knows about its own settings: which configuration sections bind to which options (so every value can
/// be checked before a host is built), which values are secrets, and which way to reach Discord.
/// </summary>
public static class BotSettings
{
    /// <summary>The sections the bot binds, each with the type its values convert to.</summary>
    public static IReadOnlyList<(string Section, Type OptionsType)> Sections { get; } =
    [
        (KnowledgeOptions.Section, typeof(KnowledgeOptions)),
        (RetrievalOptions.Section, typeof(RetrievalOptions)),
        (DiscordOptions.SectionName, typeof(DiscordOptions)),
        (DiscordOptions.SectionName, typeof(Commands.AnswerVisibilityOptions)),
        (FreeTextOptions.Section, typeof(FreeTextOptions)),
        (Charts.ChartOptions.Section, typeof(Charts.ChartOptions)),
        ("Logging:Console", typeof(ConsoleLoggerOptions)),
    ];

    /// <summary>Settings whose values are never shown, in a message or a log.</summary>
    public static IReadOnlySet<string> Secrets { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        $"{DiscordOptions.SectionName}:{nameof(DiscordOptions.Token)}",
        $"{DiscordOptions.SectionName}:{nameof(DiscordOptions.PublicKey)}",
    };

    /// <summary>The section <paramref name="optionsType"/> is bound from, or null for options the bot does not bind.</summary>
    public static string? SectionOf(Type optionsType) =>
        Sections.FirstOrDefault(s => s.OptionsType == optionsType).Section;

    /// <summary>How the bot reaches Discord with these settings: a public key means HTTP interactions, else a token the gateway.</summary>
    public static DiscordTransport DiscordTransportOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.PublicKey)}"]))
        {
            return DiscordTransport.HttpInteractions;
        }

        return string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.Token)}"])
            ? DiscordTransport.None
            : DiscordTransport.Gateway;
    }
}
