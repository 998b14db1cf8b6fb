using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Montenegro.Bot.CommandLine;

/// <summary>
/// The command line (System.CommandLine): no command (console chat, or serve when Discord is configured),
/// <c>serve</c>, <c>healthcheck</c>, <c>ask [--json] [--conversation] [QUESTION...]</c> and
/// <c>chart [--pollster NAME] --out FILE</c>, each with
/// <c>--help</c>/<c>-h</c>. Settings may be given as <c>--Section:Key=Value</c> anywhere before a bare <c>--</c>.
/// Bad usage is one line on standard error and exit 2; see <see cref="ExitCodes"/> for the others.
/// </summary>
public static partial class BotCommandLine
{
    private const string Description = """
        Montenegro.Bot answers questions about Montenegro's foreign relations from its cited sources.
        With no command: on Discord when Discord:Token or Discord:PublicKey is set, else a console chat (/help there).

        Settings: appsettings.json next to the binaries, the environment (Section__Key=Value), or --Section:Key=Value
        arguments, e.g. --Data:Path=/srv/data; every setting is described in appsettings.example.json.
        Exit codes: 0 done; 1 a fatal error while running (Discord refused the token, the HTTP port cannot be used) or
        an unhealthy healthcheck; 2 a blank question, bad usage or invalid settings; 3 the sources could not be loaded.
        """;

    /// <summary>Runs the command given by <paramref name="args"/>; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, BotConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            var (settings, words) = SettingArguments.Split(args);
            var root = Build(settings, console);
            var result = root.Parse(words);
            if (UsageProblem(result, words) is { } problem)
            {
                await console.Error.WriteLineAsync($"{problem} See 'Montenegro.Bot {HelpPath(result)}--help'.");
                return ExitCodes.Usage;
            }

            return await result.InvokeAsync(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,

                // The host handles Ctrl-C and SIGTERM in serve (it drains replies in flight); the console modes end at once.
                ProcessTerminationTimeout = null,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Hosting.InvalidSettingsException e)
        {
            await console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect, not a user's mistake: still one line, never a stack trace on the user's screen.
            await console.Error.WriteLineAsync($"Montenegro.Bot stopped on an unexpected error: {e.GetType().Name}: {OneLine(e.Message)}");
            return ExitCodes.Failed;
        }
    }

    /// <summary>The command tree, each command's action bound to <paramref name="settings"/> and <paramref name="console"/>.</summary>
    public static RootCommand Build(string[] settings, BotConsole console)
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per answer, on one line: question, answered, intent, answer, sources (and error)" };
        var conversation = new Option<bool>("--conversation")
        {
            Description = "Standard input is one conversation, a question a line; an empty line starts a new conversation and prints nothing",
        };
        var question = new Argument<string[]>("question")
        {
            Description = "The question; without it, one question a line is read from standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var ask = new Command("ask", "Answer one question, or one a line from standard input (exit 2 for a blank question or no input)")
        {
            json,
            conversation,
            question,
        };
        ask.SetAction(result =>
        {
            var words = result.GetValue(question) ?? [];
            var request = new AskRequest(words.Length == 0 ? null : string.Join(' ', words), result.GetValue(json), result.GetValue(conversation));
            return AskCommand.RunAsync(settings, request, console);
        });

        var serve = new Command("serve", "Serve HTTP health, readiness and metrics, and Discord when configured, until stopped");
        serve.SetAction(_ => ServeCommand.RunAsync(settings, console));

        var healthcheck = new Command("healthcheck", "Exit 0 when the running bot's /healthz answers on this machine, 1 when not");
        healthcheck.SetAction(_ => HealthcheckCommand.RunAsync(settings, console));

        var pollster = new Option<string>("--pollster") { Description = "Only this pollster's figures (name, alias or id); default: every pollster's" };
        var outFile = new Option<string>("--out") { Description = "The PNG file to write; prints 'FILE WIDTHxHEIGHT png' when done", Required = true };
        var chart = new Command("chart", "Draw the NATO membership poll chart as a PNG file")
        {
            pollster,
            outFile,
        };
        chart.SetAction(result => ChartCommand.Run(settings, result.GetValue(pollster), result.GetValue(outFile) ?? string.Empty, console));

        var root = new RootCommand(Description) { ask, serve, healthcheck, chart };
        root.SetAction(_ => ChatCommand.RunAsync(settings, console));
        return root;
    }

    // What System.CommandLine leaves alone: an option it does not know where the question words are (they take
    // anything), and a value given to a switch ("--json=maybe" would otherwise become part of the question).
    private static string? UsageProblem(ParseResult result, IReadOnlyList<string> words)
    {
        if (result.Errors.Count > 0)
        {
            return string.Join(" ", result.Errors.Select(e => OneLine(e.Message)));
        }

        foreach (var word in words.TakeWhile(w => w != "--"))
        {
            if (SwitchWithValue().Match(word) is { Success: true } match && !bool.TryParse(match.Groups["value"].Value, out _))
            {
                return $"{match.Groups["name"].Value} is a switch and takes no value other than true or false (got '{OneLine(word)}').";
            }
        }

        if (result.CommandResult.Command.Name == "ask")
        {
            var beforeSeparator = result.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash);
            if (beforeSeparator.FirstOrDefault(t => t.Type == TokenType.Argument && t.Value.Length > 1 && t.Value[0] == '-') is { } unknown)
            {
                return $"Unknown option '{OneLine(unknown.Value)}' (put -- before a question that starts with a dash).";
            }
        }

        return null;
    }

    private static string HelpPath(ParseResult result) =>
        result.CommandResult.Command is RootCommand ? string.Empty : result.CommandResult.Command.Name + " ";

    // Whatever a user typed stays on the one line: control characters and line separators become spaces.
    private static string OneLine(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) || source[i] is '\u2028' or '\u2029' ? ' ' : source[i];
            }
        });

    [GeneratedRegex(@"^(?<name>--(json|conversation))[=:](?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SwitchWithValue();
}
