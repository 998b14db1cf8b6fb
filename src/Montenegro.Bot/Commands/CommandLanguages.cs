namespace Montenegro.Bot.Commands;

/// <summary>Maps a client's locale to the language commands answer in.</summary>
public static class CommandLanguages
{
    // Discord offers Croatian ("hr") as the nearest locale to Montenegrin; the others come from other clients.
    private static readonly string[] MontenegrinLocales = ["hr", "sr", "bs", "cnr", "me"];

    /// <summary>Montenegrin for <c>hr</c>, <c>sr</c>, <c>bs</c> and <c>cnr</c> (with any region), English otherwise.</summary>
    public static CommandLanguage FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return CommandLanguage.English;
        }

        var language = locale.Split('-', '_')[0];
        return MontenegrinLocales.Contains(language, StringComparer.OrdinalIgnoreCase) ? CommandLanguage.Montenegrin : CommandLanguage.English;
    }
}
