namespace Montenegro.Bot.CommandLine;

/// <summary>
/// The command line: no command (console chat, or serve when Discord is configured), <c>serve</c>,
/// <c>healthcheck</c>, and <c>ask [--json] [QUESTION]</c>. Exit codes: 0 done, 1 a fatal Discord error or
/// unhealthy, 2 bad usage, a blank question or invalid settings, 3 the sources could not be loaded.
/// </summary>
public static class BotCommandLine
{
    /// <summary>Usage error or blank question.</summary>
    public const int UsageExitCode = 2;

    private const string Usage = """
        Montenegro.Bot answers questions about Montenegro's foreign relations from its cited sources.

        Usage:
          Montenegro.Bot                                               run: on Discord when Discord:Token is set, else a console chat
          Montenegro.Bot serve                                         serve HTTP health and metrics, and Discord when configured
          Montenegro.Bot healthcheck                                   exit 0 when the running bot's /healthz answers
          Montenegro.Bot ask "When did Russia recognise Montenegro?"   answer one question
          Montenegro.Bot ask --json "QUESTION"                         the answer as one JSON object
          Montenegro.Bot ask --json < questions.txt                    one question a line in, one JSON object a line out

        Settings (appsettings.json, environment with __ for :, or --Key=Value): see appsettings.example.json.
        """;

    /// <summary>Runs the command given by <paramref name="args"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Length > 0 && args[0] is "-h" or "--help" or "help")
        {
            await output.WriteLineAsync(Usage);
            return 0;
        }

        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            return await RunCommand.RunAsync(args, input, output, error);
        }

        if (args[0] == "serve")
        {
            return await ServeCommand.RunAsync(args[1..], error);
        }

        if (args[0] == "healthcheck")
        {
            return await HealthcheckCommand.RunAsync(args[1..], output, error);
        }

        if (args[0] != "ask")
        {
            await error.WriteLineAsync($"Unknown command '{args[0]}'.\n\n{Usage}");
            return UsageExitCode;
        }

        var json = false;
        var words = new List<string>();
        var settings = new List<string>();
        foreach (var arg in args.Skip(1))
        {
            if (arg == "--json")
            {
                json = true;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('='))
            {
                settings.Add(arg);
            }
            else
            {
                words.Add(arg);
            }
        }

        return await AskCommand.RunAsync(settings.ToArray(), words.Count == 0 ? null : string.Join(' ', words), json, input, output, error);
    }
}
