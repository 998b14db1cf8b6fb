using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Splits a question that asks several things ("When was X invited, and when did it join?") into its
/// parts: at ", and", ";" or "?" where a new question word follows. "Between A and B" is one question.
/// </summary>
internal static partial class MultiPartQuestion
{
    private const int MinPartWords = 3;

    // The words a question of its own starts with.
    private const string QuestionWord = @"(?:when|what|who|whom|which|why|where|how|did|does|was|were|is|are|has|have)";

    /// <summary>
    /// The parts of <paramref name="question"/>, or null when it asks one thing. A short topic put first ("Adriatic Charter:")
    /// is every part's; a longer lead-in before the first question ("I'm covering the parliament's decision on the Ukraine
    /// mission.", "For a piece I'm writing, could you summarise the 2022 expulsions:") is returned as the scene the parts are
    /// asked in, for the caller to take as what was said before them.
    /// </summary>
    public static (IReadOnlyList<string> Parts, string? Scene)? Split(string question)
    {
        var topic = Topic().Match(question);
        var shortTopic = topic.Success && topic.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTopicWords;
        var prefix = shortTopic ? topic.Value : string.Empty;
        var asked = topic.Success ? question[topic.Length..] : question;
        var scene = topic.Success && !shortTopic ? topic.Value.TrimEnd(' ', ':') : null;

        var lead = Lead().Match(asked);
        if (lead.Success)
        {
            asked = asked[lead.Length..];
            scene = (scene is null ? string.Empty : scene + ". ") + lead.Value.Trim();
        }

        var parts = Boundary().Split(asked).Select(p => p.Trim(' ', ',', ';')).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2 || parts.Any(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinPartWords || !AsksSomething().IsMatch(p)))
        {
            return null;
        }

        return (parts.Select(p => prefix + (p.EndsWith('?') ? p : p + "?")).ToList(), scene);
    }

    // "Adriatic Charter:", "NATO polls:": a name or two; more words are a writer's lead-in.
    private const int MaxTopicWords = 4;

    // Whole sentences that ask nothing, before the sentence that does.
    [GeneratedRegex(@"^(?:[^?.!]{8,200}[.!]\s+)+(?=" + QuestionWord + @"\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    // A few words and a colon before the first question word.
    [GeneratedRegex(@"^[^:?.!]{2,100}:\s*(?=" + QuestionWord + @"\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Topic();

    // Each part must be a question of its own: "In the poll table, which poll..." is one question.
    [GeneratedRegex("^" + QuestionWord + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksSomething();

    // ", and when", "; who", "? How", ", which" and, before when, where or why, a bare "and": "when did the talks start and
    // when did they end".
    [GeneratedRegex(@"(?:,\s*and\s+|;\s*|\?\s+|,\s+)(?=" + QuestionWord + @"\b)|\s+and\s+(?=(?:when|where|why)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();
}
