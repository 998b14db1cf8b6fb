using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "And who were they?" after "how many voted against it?", "what were their names?" after the expulsions: a follow-up
/// asking who the people the conversation counted or mentioned were. Sources often give how many without saying who, and
/// retrieval, led by the last question's words, then finds the passage that counted them again, which names nobody new.
/// Such a follow-up is answered only by a text naming several that the conversation's questions did not; otherwise it declines.
/// </summary>
internal static class IdentityFollowUp
{
    // "They" are several: an answer saying who they were names at least this many.
    private const int MinNames = 2;

    /// <summary>
    /// Whether <paramref name="answer"/> fails to say who they were: the question asks who the people already spoken of
    /// were and names nobody of its own, and the answer names fewer than two people, countries or bodies that no question
    /// of the conversation named (the names the questions gave are what was asked about, not who they were).
    /// </summary>
    public static bool NamesNobodyNew(Question asked, Answer answer, Conversation conversation, KnowledgeBase knowledge)
    {
        if (conversation.Last is null || !asked.Has(Cue.IdentityAsked) || asked.Entities.Count > 0 || !answer.Answered)
        {
            return false;
        }

        var questions = string.Join('\n', conversation.Turns.Select(t => t.Question + "\n" + t.Frame.Text));
        var askedAbout = knowledge.Recognizer.Recognize(questions).Select(m => m.Entity.Name).ToHashSet(StringComparer.Ordinal);
        var named = AnswerFacts.PeopleIn(answer.Text, knowledge)
            .Concat(knowledge.Recognizer.Recognize(answer.Text).Where(m => m.Entity.Id != "montenegro").Select(m => m.Entity.Name))
            .Distinct(StringComparer.Ordinal);

        // A name is new when no question wrote it nor named its entity (an answer's "Russia" for a question's "Russian").
        return named.Count(name => !questions.Contains(name, StringComparison.OrdinalIgnoreCase) && !askedAbout.Contains(name)) < MinNames;
    }
}
