using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// Keeps a bare follow-up on the passage the conversation is reading: "with what share of the vote?" after the party that
/// won the 2016 election names nothing of its own, and answered as it stands it finds some other text that speaks of votes.
/// When such an answer comes from another part of the sources than the last answer, the follow-up is asked again with the
/// last question's words, and that answer is taken only when it quotes the very passage the last answer quoted.
/// </summary>
internal static class ConversationPassage
{
    // Most words a follow-up leaning on the passage has ("how many people in total including the medics and officers").
    private const int MaxWords = 9;

    private const string Home = "montenegro";

    /// <summary>
    /// Whether an answer to a follow-up with no name or year of its own strays from the part of the sources (the section of
    /// the passage) the last answer quoted, and the title of what it quotes names what nothing said so far in the conversation
    /// named (NATO's mission for Ukraine, for "with what share of the vote?" after the 2016 election). A name the answer only
    /// mentions on the way ("the U.S. State Department" for when Montenegro joined NATO) is no new topic. A follow-up asking
    /// for a name ("whose ratification finished the process?") may well be answered by a new one.
    /// </summary>
    public static bool Strays(Question asked, Answer answer, Conversation conversation, KnowledgeBase knowledge)
    {
        if (!answer.Answered || answer.Sources.Count == 0 || conversation.Last is not { AnswerText: { } told, AnswerSource: { } passage }
            || asked.Has(Cue.Who) || ConversationSubject.AsksWhichName(asked)
            || asked.Entities.Count > 0 || asked.Years.Count > 0 || asked.WordList.Count > MaxWords
            || answer.Sources.Any(s => Section(s.Id) == Section(passage)))
        {
            return false;
        }

        var namedSoFar = conversation.Turns.Select(t => t.Frame.Text).Append(told).SelectMany(t => NamesOf(t, knowledge));
        return NamesOf(answer.Sources[0].Title, knowledge).Except(namedSoFar).Any();
    }

    /// <summary>
    /// Whether an answer quotes the passage the last answer quoted first, and its words take up some word the follow-up
    /// asks with ("vote" for "with what share of the vote?"): the passage read again for "which embassy covers montenegro?"
    /// tells of a letter, which says nothing of an embassy.
    /// </summary>
    public static bool Holds(Question asked, Answer answer, ConversationTurn last, KnowledgeBase knowledge) =>
        answer.Answered && last.AnswerSource is { } passage && answer.Sources.Count > 0 && answer.Sources[0].Id == passage
        && TakesUp(asked, answer, knowledge);

    // The countries and bodies a text names, Montenegro aside.
    private static IEnumerable<string> NamesOf(string text, KnowledgeBase knowledge) =>
        knowledge.Recognizer.Recognize(text).Select(m => m.Entity.Id).Where(id => id != Home);

    // Whether the answer's words take up any word the question asks with, other than its names.
    private static bool TakesUp(Question asked, Answer answer, KnowledgeBase knowledge) =>
        knowledge.Analyzer.Terms(answer.Text).ToHashSet(StringComparer.Ordinal) is var told && asked.PredicateTerms.Any(told.Contains);

    // "nato-relations/political-views" of "nato-relations/political-views/3".
    private static string Section(string passageId)
    {
        var at = passageId.LastIndexOf('/');
        return at < 0 ? passageId : passageId[..at];
    }
}
