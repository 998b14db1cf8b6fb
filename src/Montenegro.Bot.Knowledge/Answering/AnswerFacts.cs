using System.Globalization;
using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>What an answer names that a follow-up may refer to: people ("he") and years ("the year after").</summary>
internal static partial class AnswerFacts
{
    /// <summary>
    /// People named in the answer: runs of two or more capitalised words none of which the sources
    /// write in lower case ("Igor Zaytsev", not "Foreign Minister") and that name no known entity.
    /// </summary>
    public static IReadOnlyList<string> PeopleIn(Answer answer, KnowledgeBase knowledge) => PeopleIn(answer.Text, knowledge);

    /// <summary>People named in a question and then its answer: the question's own come first ("Who is Andria Mandic?").</summary>
    public static IReadOnlyList<string> PeopleIn(string question, Answer answer, KnowledgeBase knowledge) =>
        PeopleIn(question, knowledge).Concat(PeopleIn(answer.Text, knowledge)).Distinct(StringComparer.Ordinal).ToList();

    internal static IReadOnlyList<string> PeopleIn(string text, KnowledgeBase knowledge)
    {
        var people = new List<string>();
        foreach (Match run in CapitalisedRun().Matches(text))
        {
            var current = new List<string>();
            foreach (var word in run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(string.Empty))
            {
                if (word.Length > 0 && !knowledge.OrdinaryWords.Contains(word.ToLowerInvariant()) && knowledge.Recognizer.Recognize(word).Count == 0)
                {
                    current.Add(word);
                    continue;
                }

                if (current.Count >= 2)
                {
                    var name = string.Join(' ', current);
                    if (!people.Contains(name))
                    {
                        people.Add(name);
                    }
                }

                current.Clear();
            }
        }

        return people;
    }

    /// <summary>The years the answer gives, in order.</summary>
    public static IReadOnlyList<int> YearsIn(Answer answer) =>
        Year().Matches(answer.Text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().ToList();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+)+")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\b(?:19|20)[0-9]{2}\b")]
    private static partial Regex Year();
}
