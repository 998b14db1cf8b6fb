using System.Collections.Frozen;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>The locales Discord accepts as keys of <c>name_localizations</c> and <c>description_localizations</c>.</summary>
public static class DiscordLocales
{
    /// <summary>Croatian, the nearest locale Discord offers to Montenegrin, Serbian and Bosnian.</summary>
    public const string Croatian = "hr";

    /// <summary>Every supported locale code, e.g. <c>en-US</c>, <c>hr</c>, <c>sr</c> is not among them.</summary>
    public static FrozenSet<string> All { get; } = new[]
    {
        "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl", "pt-BR",
        "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko",
    }.ToFrozenSet(StringComparer.Ordinal);
}
