using Montenegro.Bot.Commands;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Rendering;

namespace Montenegro.Bot.Chat;

/// <summary>
/// A chat at the terminal over the same engine and commands as Discord: type a question, or a command such as
/// <c>/recognition Russia</c>; <c>/new</c> starts a new conversation; <c>/quit</c>, <c>/exit</c> or end of input leaves.
/// One bad line never ends the chat.
/// </summary>
public static class ConsoleChat
{
    /// <summary>The chat's own commands, beside the bot's (<see cref="CommandRouter.Commands"/>, the same modules as on Discord).</summary>
    public static IReadOnlyList<(string Usage, string Description)> ChatCommands { get; } =
    [
        ("/new", "start a new conversation"),
        ("/quit, /exit", "leave (so does end of input, Ctrl-D)"),
    ];

    private const string Welcome = """
        Montenegro.Bot: ask about Montenegro's foreign relations (recognition, NATO, polls, relations, the Ukraine mission).
        No Discord token is set, so this is the console chat. Type /help for commands, /quit to leave.
        """;

    /// <summary>Runs the chat until <c>/quit</c>, end of input or cancellation.</summary>
    public static Task RunAsync(CommandRouter router, TextReader input, TextWriter output, bool ansi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(router);
        return RunAsync(() => router, input, output, ansi, cancellationToken);
    }

    /// <summary>
    /// Runs the chat until <c>/quit</c>, end of input or cancellation, each line answered by the router
    /// <paramref name="currentRouter"/> gives then: the one over the latest engine when the sources are reloaded.
    /// </summary>
    public static async Task RunAsync(Func<CommandRouter> currentRouter, TextReader input, TextWriter output, bool ansi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(currentRouter);
        ArgumentNullException.ThrowIfNull(output);
        var conversation = new ConversationSession(() => currentRouter().Engine);
        await output.WriteLineAsync(Welcome);
        await PromptAsync(output, cancellationToken);
        await foreach (var line in InputLines.ReadAsync(input, cancellationToken))
        {
            var command = line.Trim();
            if (command is "/quit" or "/exit")
            {
                break;
            }

            if (command == "/new")
            {
                conversation.Reset();
                await output.WriteLineAsync("New conversation: earlier questions no longer count.");
            }
            else if (!QuestionText.IsBlank(line))
            {
                await output.WriteLineAsync(ConsoleAnswerRenderer.Render(Answer(currentRouter(), conversation, line), ansi));
            }

            await PromptAsync(output, cancellationToken);
        }
    }

    private static Answer Answer(CommandRouter router, ConversationSession conversation, string line)
    {
        try
        {
            if (!CommandLineParser.TryParse(line, router.Commands, out var name, out var options))
            {
                return conversation.Ask(line);
            }

            return name == "help" ? WithChatCommands(router.Run(name, options)) : router.Run(name, options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The engine and the router are total; this is the last guard of the chat itself.
            return AnswerEngine.SomethingWentWrong;
        }
    }

    private static Answer WithChatCommands(Answer help) =>
        help with { Text = help.Text + "\n" + string.Join("\n", ChatCommands.Select(c => $"{c.Usage}: {c.Description}")) };

    private static async Task PromptAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteAsync("> ");
        await output.FlushAsync(cancellationToken);
    }
}
