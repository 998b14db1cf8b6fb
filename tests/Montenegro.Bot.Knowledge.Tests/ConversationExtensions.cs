using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>Asks questions in turn as one conversation, the way the console chat and <c>ask --conversation</c> do.</summary>
internal static class ConversationExtensions
{
    /// <summary>Asks each of <paramref name="questions"/> after the ones before it and returns the last answer.</summary>
    public static Answer Converse(this AnswerEngine engine, params string[] questions)
    {
        var conversation = Conversation.Empty;
        Answer? answer = null;
        foreach (var question in questions)
        {
            answer = engine.Ask(question, conversation);
            conversation = answer.Turn is { } turn ? conversation.With(turn) : conversation;
        }

        return answer!;
    }
}
