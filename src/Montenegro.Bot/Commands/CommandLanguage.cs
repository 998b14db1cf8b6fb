namespace Montenegro.Bot.Commands;

/// <summary>The language a command answers in when its input has no language of its own (a bare command, a country name).</summary>
public enum CommandLanguage
{
    /// <summary>English, the sources' language.</summary>
    English,

    /// <summary>Montenegrin, for users whose Discord client is set to Croatian, Serbian or Bosnian.</summary>
    Montenegrin,
}
