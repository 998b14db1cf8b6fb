using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Chat;

/// <summary>
/// One asker's conversation in the console chat and in <c>ask --conversation</c>: each plain question goes through
/// <see cref="Ask"/>, which hands the engine the conversation so far (so "and Russia?" follows up the question before)
/// and keeps the turn the answer adds; <see cref="Reset"/> (an empty line, or <c>/new</c> in the chat) starts a new one.
/// Not thread-safe: one asker, one question at a time.
/// </summary>
public sealed class ConversationSession
{
    private readonly Func<AnswerEngine> _engine;

    /// <summary>A conversation answered by <paramref name="engine"/>.</summary>
    public ConversationSession(AnswerEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = () => engine;
    }

    /// <summary>
    /// A conversation answered by whatever engine <paramref name="currentEngine"/> gives at each question: the latest
    /// one when the sources are reloaded while the chat runs.
    /// </summary>
    public ConversationSession(Func<AnswerEngine> currentEngine)
    {
        ArgumentNullException.ThrowIfNull(currentEngine);
        _engine = currentEngine;
    }

    /// <summary>The conversation so far, as the engine reads it.</summary>
    public Conversation Conversation { get; private set; } = Conversation.Empty;

    /// <summary>Answers <paramref name="question"/> as the next turn of the conversation. Never throws: the engine is total.</summary>
    public Answer Ask(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var answer = _engine().Ask(question, Conversation);
        if (answer.Turn is { } turn)
        {
            Conversation = Conversation.With(turn);
        }

        return answer;
    }

    /// <summary>Starts a new conversation: earlier questions no longer count.</summary>
    public void Reset() => Conversation = Conversation.Empty;
}
