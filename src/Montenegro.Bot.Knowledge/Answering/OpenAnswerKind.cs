using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The kind of value an open question asks for, when its words say it: a person for "who came" or "which senators", a
/// figure in per cent for "what share of the vote". A text put in other words than the question answers it only when it
/// states a value of that kind; a question naming no such kind ("what did they call it?") is left to the words.
/// </summary>
internal static partial class OpenAnswerKind
{
    /// <summary>Whether the question asks for a person or a share, the kinds a text can be checked for.</summary>
    public static bool Asks(Question question) => AsksForPerson(question) || question.Has(Cue.ShareAsked);

    /// <summary>
    /// Whether <paramref name="text"/> states a value of the kind the question asks for: a person the question does not
    /// name itself for "who", a figure in per cent for a share.
    /// </summary>
    public static bool States(Question question, string text)
    {
        if (question.Knowledge is not { } knowledge)
        {
            return false;
        }

        if (question.Has(Cue.ShareAsked))
        {
            return Percent().IsMatch(text);
        }

        // "the Secretary General at the time was who?": a role the question names is the one the text names its holder by,
        // not any person it happens to mention.
        var textTerms = knowledge.Analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);
        if (AskedRole(question, knowledge) is { } role && !role.All(textTerms.Contains))
        {
            return false;
        }

        // A title read with the name ("Senator John McCain") is the role asked about, not a name the question gives.
        return AsksForPerson(question) && AnswerFacts.PeopleIn(text, knowledge)
            .Any(person => !person.Split(' ').Where(word => !knowledge.Predicates.RoleWords.Contains(word))
                .Any(word => question.Words.Contains(word.ToLowerInvariant())));
    }

    // "who came", or "which senators": a role's holders asked for by the role's name after "which".
    private static bool AsksForPerson(Question question) =>
        question.Has(Cue.Who) || (question.HasWord("which") && question.Knowledge is { } knowledge && AskedRole(question, knowledge) is not null);

    // The fullest role the question names ("defence minister" rather than "minister"), as terms; null when it names none.
    private static IReadOnlyList<string>? AskedRole(Question question, KnowledgeBase knowledge) =>
        knowledge.Predicates.RoleNames.Select(role => knowledge.Analyzer.Terms(role))
            .Where(terms => terms.Count > 0 && terms.All(question.TermSet.Contains))
            .OrderByDescending(terms => terms.Count)
            .FirstOrDefault();

    // "41%", "41 percent", "41.2 per cent".
    [GeneratedRegex(@"\d(?:[.,]\d+)?\s*(?:%|per\s?cent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();
}
