using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "What about that ex-FSB guy?", "what happened with their diplomats?" after "why did relations with Russia go sour?": a
/// follow-up that names a thing of its own within the conversation's topic asks about the statement of that topic telling
/// it, not for the whole story of the topic again. Read with the last question's words it meets the topic's digest, which
/// tells everything at once (or, bounded by a year, only what falls in it); the statements of the topic that tell its own
/// words are its answer.
/// </summary>
internal static class DigestFocus
{
    /// <summary>
    /// The statements of the digest's topic (the facts on the same country and topic as those <paramref name="answer"/> lists)
    /// that tell a word of the follow-up's own, which no earlier question of the conversation used; null when the answer is
    /// no digest, the follow-up brings no word of its own, no statement of the topic tells one, or every statement the digest
    /// already lists tells one. Statements outside a year the follow-up bounds are left out as the digest leaves them.
    /// </summary>
    public static Answer? Narrow(Question asked, Answer answer, Conversation conversation, AnswerComposer composer, KnowledgeBase knowledge)
    {
        // A digest lists several statements: one statement is an answer of its own ("six U.S. Senators made an official visit"
        // for "who did they meet there?"), whose next sentences other follow-ups read on.
        if (conversation.Last is null || !answer.Answered || answer.Intent != DigestIntent || answer.Facts.Count < MinDigest)
        {
            return null;
        }

        var own = OwnTerms(asked, conversation, knowledge);
        if (own.Count == 0)
        {
            return null;
        }

        var shared = answer.Facts.Select(f => (IEnumerable<string>)f.EntityIds).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var topics = answer.Facts.Select(f => f.Topic).ToHashSet(StringComparer.Ordinal);
        if (shared.Count == 0)
        {
            return null;
        }

        var telling = knowledge.Facts
            .Where(f => topics.Contains(f.Topic) && shared.All(f.EntityIds.Contains) && YearBound.Contains(asked, f.Date))
            .Where(f => Tells(f, own, knowledge))
            .OrderBy(f => f.Date ?? Undated)
            .ToList();
        if (telling.Count == 0 || (telling.Count >= answer.Facts.Count && answer.Facts.All(f => Tells(f, own, knowledge))))
        {
            return null;
        }

        return composer.FromFacts(DigestIntent, answer.Title, telling, asked);
    }

    // Fewest statements a digest lists.
    private const int MinDigest = 2;

    // The intent the composer gives a country's story in date order.
    private const string DigestIntent = "relations";

    private static readonly FactDate Undated = new(string.Empty, 9999, null, null);

    // The follow-up's words that are no name, no filler and no year, and that no earlier question of the conversation used.
    private static HashSet<string> OwnTerms(Question asked, Conversation conversation, KnowledgeBase knowledge)
    {
        var before = knowledge.Analyzer.Terms(string.Join("\n", conversation.Turns.Select(t => t.Question + "\n" + t.Frame.Text)))
            .ToHashSet(StringComparer.Ordinal);
        var chat = knowledge.Lexicon.Words(Cue.ChatFiller);
        return asked.PredicateTerms
            .Where(t => !before.Contains(t) && !FollowUpResolver.IsFiller(t) && !chat.Contains(t) && !t.Any(char.IsDigit))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool Tells(Fact fact, IReadOnlySet<string> own, KnowledgeBase knowledge) =>
        knowledge.Analyzer.Terms(fact.Label + "\n" + fact.Statement).Any(own.Contains);
}
