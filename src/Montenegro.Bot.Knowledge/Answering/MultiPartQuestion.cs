using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Splits a question that asks several things ("When was X invited, and when did it join?") into its
/// parts: at ", and", ";" or "?" where a new question word follows. "Between A and B" is one question.
/// </summary>
internal static partial class MultiPartQuestion
{
    private const int MinPartWords = 3;

    public static IReadOnlyList<string>? Split(string question)
    {
        // "Adriatic Charter: when was Montenegro invited, and when did it become a member?": a topic put first is every part's.
        var topic = Topic().Match(question);
        var asked = topic.Success ? question[topic.Length..] : question;
        var parts = Boundary().Split(asked).Select(p => p.Trim(' ', ',', ';')).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2 || parts.Any(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinPartWords || !AsksSomething().IsMatch(p)))
        {
            return null;
        }

        return parts.Select(p => (topic.Success ? topic.Value : string.Empty) + (p.EndsWith('?') ? p : p + "?")).ToList();
    }

    // A few words and a colon before the first question word.
    [GeneratedRegex(@"^[^:?.!]{2,60}:\s*(?=(?:when|what|who|whom|which|why|where|how|did|does|was|were|is|are|has|have)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Topic();

    // Each part must be a question of its own: "In the poll table, which poll..." is one question.
    [GeneratedRegex(@"^(?:when|what|who|whom|which|why|where|how|did|does|was|were|is|are|has|have)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksSomething();

    [GeneratedRegex(@"(?:,\s*and\s+|;\s*|\?\s+|,\s+)(?=(?:when|what|who|whom|which|why|where|how|did|does|was|were|is|are|has|have)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();
}
