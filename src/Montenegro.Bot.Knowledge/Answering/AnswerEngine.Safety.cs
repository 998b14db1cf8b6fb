using Microsoft.Extensions.Logging;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The engine's guard: whatever goes wrong inside while answering one text becomes one logged line and a polite
/// reply, so that a single hostile or unlucky input never ends a batch, a chat or a Discord handler.
/// </summary>
public sealed partial class AnswerEngine
{
    /// <summary>The intent of the reply given when composing an answer failed unexpectedly.</summary>
    public const string FailureIntent = "error";

    /// <summary>The reply given when composing an answer failed unexpectedly: nothing the asker did wrong.</summary>
    public static Answer SomethingWentWrong { get; } = new(
        false,
        FailureIntent,
        "Something went wrong",
        "Sorry, something went wrong on my side while answering that. Please try again, or ask in other words.",
        [],
        [],
        []);

    private Answer Safely(string operation, string text, Func<string, Answer> compose)
    {
        try
        {
            return compose(text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One line, no stack: the type and message say where to look, and the length says what came in
            // without copying user text into the log.
            if (_logger is not null)
            {
                LogFailed(_logger, operation, text.Length, e.GetType().Name, e.Message);
            }

            return SomethingWentWrong;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Operation} failed on a text of {Length} characters: {ExceptionType}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string operation, int length, string exceptionType, string reason);
}
