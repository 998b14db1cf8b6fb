namespace Montenegro.Bot.Knowledge.Language;

/// <summary>The alphabet a question is written in.</summary>
public enum Script
{
    /// <summary>Latin letters.</summary>
    Latin,

    /// <summary>Serbian/Montenegrin Cyrillic.</summary>
    Cyrillic,
}
