using Montenegro.Bot.Commands;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Rendering;

namespace Montenegro.Bot.Chat;

/// <summary>
/// A chat at the terminal over the same engine and commands as Discord: type a question, or a command
/// such as <c>/recognition Russia</c>; <c>/quit</c> or end of input leaves.
/// </summary>
public static class ConsoleChat
{
    private const string Welcome = """
        Montenegro.Bot: ask about Montenegro's foreign relations (recognition, NATO, polls, relations, the Ukraine mission).
        No Discord token is set, so this is the console chat. Type /help for commands, /quit to leave.
        """;

    /// <summary>Runs the chat until <c>/quit</c>, end of input or cancellation.</summary>
    public static async Task RunAsync(CommandRouter router, TextReader input, TextWriter output, bool ansi, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync(Welcome);
        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync("> ");
            await output.FlushAsync(cancellationToken);
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                break;
            }

            if (QuestionText.IsBlank(line))
            {
                continue;
            }

            var answer = CommandLineParser.TryParse(line, out var name, out var options)
                ? router.Run(name, options)
                : router.Engine.Ask(line);
            await output.WriteLineAsync(ConsoleAnswerRenderer.Render(answer, ansi));
        }
    }
}
