namespace Montenegro.Bot.Commands;

/// <summary>A text the bot itself writes, in English and in Montenegrin.</summary>
/// <param name="English">The English text.</param>
/// <param name="Montenegrin">The Montenegrin text (Latin script).</param>
public sealed record LocalizedText(string English, string Montenegrin)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string In(CommandLanguage language) => language == CommandLanguage.Montenegrin ? Montenegrin : English;
}
