using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// The turns whose words a follow-up leaning on the conversation is asked again with, latest first. A turn the bot declined
/// set no topic of its own: after "when did it join?", a declined "what number member did that make it?" and "where did it
/// hand in the paperwork?", the paperwork is the joining's, so the latest answered turn before a declined one is context too.
/// </summary>
internal static class ContextTurns
{
    // How far back an answered turn still sets the topic after declined ones.
    private const int AnsweredTurnsBack = 3;

    /// <summary>
    /// The last turn and <paramref name="earlier"/> turns before it, then the latest answered one when the last was declined,
    /// or the one before the last when the last was answered with its words;
    /// not for a yes/no question ("and did he keep coming after 2018?"), whose verdict on a topic it may have left would be
    /// a wrong answer, not a missing one.
    /// </summary>
    public static IEnumerable<ConversationTurn> Of(Conversation conversation, int earlier, Question asked)
    {
        var back = conversation.Turns.Reverse().ToList();
        var taken = back.Take(1 + earlier).ToList();
        if (back.Count > 0 && back[0].AnswerText is null && !AsksYesOrNo(asked)
            && back.Skip(1).Take(AnsweredTurnsBack).FirstOrDefault(t => t.AnswerText is not null) is { } answered && !taken.Contains(answered))
        {
            taken.Add(answered);
        }

        // "What number member did that make it?" answered with the words of "when did Montenegro become a NATO member?" leaves
        // only those words ("a NATO member") as its own, without the name they were about: the turn it leaned on is context too,
        // when the last named nothing of its own.
        if (back.Count > 1 && back[0].AnswerText is not null && LeanedOnTheTurnBefore(back[0]) && back[1].AnswerText is not null
            && !AsksYesOrNo(asked) && !taken.Contains(back[1]) && NamesNothing(back[0], asked))
        {
            taken.Add(back[1]);
        }

        return taken;
    }

    // A turn that named something of its own ("is Somalia one of them?") moved the topic on: the one before it is no context.
    private static bool NamesNothing(ConversationTurn turn, Question asked) =>
        asked.Knowledge is { } knowledge && knowledge.Recognizer.Recognize(turn.Question).Count == 0;

    // Whether the turn was answered with words of the one before it added: "what number member did that make it (a NATO
    // member)?", the shape the follow-up resolver gives a question it asks again with context.
    private static bool LeanedOnTheTurnBefore(ConversationTurn turn) =>
        turn.Frame.Text.TrimEnd().EndsWith(")?", StringComparison.Ordinal) && !turn.Question.TrimEnd().EndsWith(")?", StringComparison.Ordinal);

    // "Did ...?", "and did ...?": an auxiliary first, past an opening "and" or "so".
    private static bool AsksYesOrNo(Question asked)
    {
        var openers = asked.Lexicon.Words(Cue.FollowUp);
        return asked.WordList.SkipWhile(openers.Contains).FirstOrDefault() is { } first && asked.Lexicon.Words(Cue.YesNo).Contains(first);
    }

    /// <summary>
    /// Whether an answer found with <paramref name="turn"/>'s words stands: always for the turns <see cref="Of"/> takes in
    /// their own right; for the answered turn taken past declined ones, only when the answer quotes the passage that turn's
    /// answer quoted, as a follow-up the bot could not place may well have moved on ("who was behind it?").
    /// </summary>
    public static bool Grounds(ConversationTurn turn, Answer answer, Conversation conversation, int earlier) =>
        conversation.Turns.Reverse().Take(1 + earlier).Contains(turn) || answer.Sources.Any(s => s.Id == turn.AnswerSource);
}
