namespace Montenegro.Bot.Knowledge.Language;

/// <summary>The language a question is written in, as far as answering cares.</summary>
public enum QuestionLanguage
{
    /// <summary>English, the language of the sources.</summary>
    English,

    /// <summary>Montenegrin (and the mutually intelligible Serbian, Bosnian and Croatian).</summary>
    Montenegrin,
}
