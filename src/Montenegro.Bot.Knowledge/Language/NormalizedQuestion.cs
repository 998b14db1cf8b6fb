namespace Montenegro.Bot.Knowledge.Language;

/// <summary>A question made ready for the English pipeline, with what it was written in.</summary>
/// <param name="Original">The question as asked (cleaned).</param>
/// <param name="English">The question in the words of the sources: Montenegrin translated, names in the sources' spelling.</param>
/// <param name="Language">The language it was asked in; answers follow it.</param>
/// <param name="Script">The alphabet it was asked in; answers follow it.</param>
public sealed record NormalizedQuestion(string Original, string English, QuestionLanguage Language, Script Script);
