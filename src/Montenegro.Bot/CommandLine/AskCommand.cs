using Microsoft.Extensions.DependencyInjection;
using Montenegro.Bot.Chat;
using Montenegro.Bot.Hosting;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Hosting;
using Montenegro.Bot.Rendering;

namespace Montenegro.Bot.CommandLine;

/// <summary>
/// The <c>ask</c> command: one question from the arguments, or one a line from standard input (see
/// <see cref="InputLines"/>), each answered on its own; with <c>--conversation</c>, the lines are one conversation and
/// an empty line starts a new one. Plain text for a person, or with <c>--json</c> one JSON object a line.
/// </summary>
public static class AskCommand
{
    /// <summary>Said for a blank question.</summary>
    public const string BlankMessage = "The question is empty: ask something about Montenegro's foreign relations, e.g. \"When did Russia recognise Montenegro?\"";

    /// <summary>Said when there is neither a question nor piped input.</summary>
    public const string NoQuestionMessage = "ask needs a question: Montenegro.Bot ask \"When did Russia recognise Montenegro?\", or questions one a line on standard input (see ask --help).";

    /// <summary>Answers the question of <paramref name="request"/>, or every line of standard input when it has none.</summary>
    /// <param name="settings">Settings given as <c>--Section:Key=Value</c> arguments.</param>
    /// <param name="request">What was asked for.</param>
    /// <param name="console">Where to read and write.</param>
    public static async Task<int> RunAsync(string[] settings, AskRequest request, BotConsole console)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(console);
        if (request.Question is { } single && QuestionText.IsBlank(single))
        {
            await console.Error.WriteLineAsync(BlankMessage);
            if (request.Json)
            {
                await console.Out.WriteLineAsync(AnswerJsonWriter.Write(single, Blank(), "empty question"));
            }

            return ExitCodes.Usage;
        }

        if (request.Question is null && console.InputIsTerminal)
        {
            await console.Error.WriteLineAsync(NoQuestionMessage);
            return ExitCodes.Usage;
        }

        return await HostRun.RunAsync(
            () =>
            {
                // ask reads the sources once: whatever changes while it answers is for the next run.
                var builder = BotHost.CreateConsoleBuilder(settings);
                builder.Services.ReadSourcesOnce();
                return builder.Build();
            },
            async host =>
            {
                var engine = await host.Services.GetRequiredService<KnowledgeState>().WhenReadyAsync(CancellationToken.None);
                if (request.Question is { } question)
                {
                    await console.Out.WriteLineAsync(Render(question, engine.Ask(question), request.Json, console));
                    return ExitCodes.Done;
                }

                return await AnswerLinesAsync(engine, request, console);
            },
            console.Error);
    }

    private static async Task<int> AnswerLinesAsync(AnswerEngine engine, AskRequest request, BotConsole console)
    {
        var conversation = new ConversationSession(engine);
        var lines = 0;
        await foreach (var line in InputLines.ReadAsync(console.In))
        {
            lines++;
            if (QuestionText.IsBlank(line))
            {
                if (request.Conversation)
                {
                    // An empty line ends the conversation: nothing to answer, nothing printed.
                    conversation.Reset();
                }
                else if (request.Json)
                {
                    await console.Out.WriteLineAsync(AnswerJsonWriter.Write(line, Blank(), "empty question"));
                }
                else
                {
                    await console.Error.WriteLineAsync(BlankMessage);
                }

                continue;
            }

            var answer = request.Conversation ? conversation.Ask(line) : engine.Ask(line);
            await console.Out.WriteLineAsync(Render(line, answer, request.Json, console));
            await console.Out.FlushAsync();
        }

        if (lines == 0)
        {
            await console.Error.WriteLineAsync(NoQuestionMessage);
            return ExitCodes.Usage;
        }

        return ExitCodes.Done;
    }

    private static string Render(string question, Answer answer, bool json, BotConsole console)
    {
        try
        {
            return json ? AnswerJsonWriter.Write(question, answer) : ConsoleAnswerRenderer.Render(answer, ansi: console.OutputIsTerminal);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The writers are total; this keeps one line out for one line in should that ever change.
            var fallback = AnswerEngine.SomethingWentWrong;
            return json ? AnswerJsonWriter.Write(string.Empty, fallback, "the answer could not be written") : fallback.Text;
        }
    }

    private static Answer Blank() => new(false, "error", "Empty question", BlankMessage, [], [], []);
}
