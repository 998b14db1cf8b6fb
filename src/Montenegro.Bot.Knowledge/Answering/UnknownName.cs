using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "When did Vladimir Putin make an official visit to Montenegro?": a full name (two or more capitalised words) none of whose
/// words the sources ever use names someone or something they never mention, so a passage on the rest of the question (the
/// senators' official visit) tells of others. The bot says the sources don't mention the name rather than answer about them.
/// </summary>
internal static partial class UnknownName
{
    /// <summary>
    /// The name <paramref name="question"/> gives that neither the sources nor <paramref name="answer"/> know, or null when it
    /// names none (a name the recogniser knows, or one with a word of the sources, is not news).
    /// </summary>
    public static string? Of(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (!answer.Answered)
        {
            return null;
        }

        foreach (Match name in FullName().Matches(question.Text))
        {
            // The question's first word is capitalised whatever it is ("Did Vladimir ...": "Did" is no name).
            if (name.Index == 0)
            {
                continue;
            }

            var words = name.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Any(w => knowledge.Analyzer.Terms(w).Any(knowledge.Index.Knows)) || knowledge.Recognizer.Recognize(name.Value).Count > 0
                || answer.Text.Contains(name.Value, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return name.Value;
        }

        return null;
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)+")]
    private static partial Regex FullName();
}
