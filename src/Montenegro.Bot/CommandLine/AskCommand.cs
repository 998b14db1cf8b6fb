using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Montenegro.Bot.Hosting;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Hosting;
using Montenegro.Bot.Rendering;

namespace Montenegro.Bot.CommandLine;

/// <summary>The <c>ask</c> command: one question from the arguments, or one a line from standard input.</summary>
public static class AskCommand
{
    private const string BlankMessage = "The question is empty: ask something about Montenegro's foreign relations, e.g. \"When did Russia recognise Montenegro?\"";

    /// <summary>Answers <paramref name="question"/>, or every line of <paramref name="input"/> when it is null.</summary>
    public static async Task<int> RunAsync(string[] hostArgs, string? question, bool json, TextReader input, TextWriter output, TextWriter error)
    {
        if (question is not null && QuestionText.IsBlank(question))
        {
            await error.WriteLineAsync(BlankMessage);
            if (json)
            {
                await output.WriteLineAsync(AnswerJsonWriter.Write(question, Blank(), "empty question"));
            }

            return BotCommandLine.UsageExitCode;
        }

        using var host = BotHost.CreateBuilder(hostArgs).QuietConsole().Build();
        try
        {
            await host.StartAsync();
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            await error.WriteLineAsync($"Invalid settings: {string.Join(" ", e.Failures)}");
            return BotCommandLine.UsageExitCode;
        }

        AnswerEngine engine;
        try
        {
            engine = await host.Services.GetRequiredService<KnowledgeState>().WhenReadyAsync(CancellationToken.None);
        }
        catch (KnowledgeLoadException e)
        {
            await error.WriteLineAsync($"Cannot load the bot's sources: {e.Message}");
            return KnowledgeLoaderWorker.LoadFailureExitCode;
        }

        try
        {
            if (question is not null)
            {
                await output.WriteLineAsync(Render(question, engine.Ask(question), json));
                return 0;
            }

            while (await input.ReadLineAsync() is { } line)
            {
                if (QuestionText.IsBlank(line))
                {
                    if (json)
                    {
                        await output.WriteLineAsync(AnswerJsonWriter.Write(line, Blank(), "empty question"));
                    }
                    else
                    {
                        await error.WriteLineAsync(BlankMessage);
                    }

                    continue;
                }

                await output.WriteLineAsync(Render(line, engine.Ask(line), json));
                await output.FlushAsync();
            }

            return 0;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static string Render(string question, Answer answer, bool json) =>
        json ? AnswerJsonWriter.Write(question, answer) : ConsoleAnswerRenderer.Render(answer, ansi: !Console.IsOutputRedirected);

    private static Answer Blank() => new(false, "error", "Empty question", BlankMessage, [], [], []);
}
