using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// A single question put after a writer's lead-in ("During the long wrangle over the Ukraine mission, what did the
/// opposition keep accusing parliament of?", "Andria Mandic - what's his job?", "I have been reading about the campaign.
/// What did the NGO object to?"): the lead-in sets the scene the question is asked in, as a turn said just before it.
/// </summary>
internal static partial class LeadInClause
{
    private const int MinLeadInWords = 2;
    private const int MinQuestionWords = 3;

    /// <summary>The lead-in and the question after it, or null when <paramref name="question"/> has no lead-in.</summary>
    public static (string Scene, string Question)? Split(string question)
    {
        var match = LeadIn().Match(question);
        if (!match.Success)
        {
            return null;
        }

        var scene = match.Groups["scene"].Value.Trim(' ', ',', '-', '–', ':', '.', ';');
        if (AsksItself().IsMatch(scene))
        {
            return null;
        }

        var asked = question[match.Groups["asked"].Index..].Trim();
        return Words(scene) < MinLeadInWords || Words(asked) < MinQuestionWords ? null : (scene, asked);
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // The last sentence end, comma, dash or colon before a question word that starts the question proper. After a comma,
    // "who", "which", "where" and "when" mostly begin a relative clause ("the officer, previously expelled, who was
    // involved"), so only the other question words start a question there.
    [GeneratedRegex(@"^(?<scene>.{8,400}?)(?:(?:[.!?]\s+|\s+[-–]\s+|:\s+|;\s+)(?<asked>(?:when|what|what's|whats|who|whom|which|why|where|how|did|does|do|was|were|is|are|has|have)\b[^.!?]*\??)|,\s+(?<asked>(?:what|what's|whats|why|how|did|does|do|was|were|is|are|has|have)\b[^.!?]*\??))\s*$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LeadIn();

    // A lead-in that itself asks or requests something ("Could you tell me the name of the officer, ...") is part of the
    // question, not its scene.
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?:when|what|who|whom|which|why|where|how|did|does|do|was|were|is|are|could|can|would|will|please|tell)\b[^.!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AsksItself();
}
