using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Chat;

/// <summary>
/// One asker's run of questions, in the console chat and in <c>ask --conversation</c>: every plain question of a
/// conversation goes through <see cref="Ask"/>, and <see cref="Reset"/> (an empty line, or <c>/new</c> in the chat)
/// starts a new one. The turns so far are kept in <see cref="Turns"/>; this is the one place that hands a
/// conversation's context to the engine.
/// </summary>
public sealed class Conversation(AnswerEngine engine)
{
    /// <summary>Turns kept for context; older ones are dropped, so a long batch does not grow without bound.</summary>
    public const int MaxTurns = 20;

    private readonly List<(string Question, Answer Answer)> _turns = [];

    /// <summary>The questions of this conversation so far, with their answers, oldest first.</summary>
    public IReadOnlyList<(string Question, Answer Answer)> Turns => _turns;

    /// <summary>Answers <paramref name="question"/> as the next turn of the conversation. Never throws: the engine is total.</summary>
    public Answer Ask(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        // The engine answers each question on its own so far; when it takes context, pass Turns here.
        var answer = engine.Ask(question);
        _turns.Add((question, answer));
        if (_turns.Count > MaxTurns)
        {
            _turns.RemoveAt(0);
        }

        return answer;
    }

    /// <summary>Starts a new conversation: earlier turns no longer count.</summary>
    public void Reset() => _turns.Clear();
}
