using Microsoft.Extensions.Logging;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Commands;

/// <summary>
/// Runs the bot's commands (the <see cref="CommandCatalog"/>) through the one engine. Discord and the console chat both
/// call this, so they always agree. Total: any command name and option values give an <see cref="Answer"/>; an
/// unexpected failure becomes one logged line and a polite reply.
/// </summary>
public sealed partial class CommandRouter
{
    private readonly AnswerEngine _engine;
    private readonly CommandCatalog _commands;
    private readonly ILogger? _logger;
    private readonly AnswerMetrics? _metrics;

    /// <summary>Creates a router over the built-in commands.</summary>
    public CommandRouter(AnswerEngine engine, ILogger<CommandRouter>? logger = null)
        : this(engine, CommandCatalog.BuiltIn, logger)
    {
    }

    /// <summary>Creates a router over <paramref name="commands"/>; answers served from memory are counted in <paramref name="metrics"/>.</summary>
    public CommandRouter(AnswerEngine engine, CommandCatalog commands, ILogger? logger = null, AnswerMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(commands);
        _engine = engine;
        _commands = commands;
        _logger = logger;
        _metrics = metrics;
    }

    /// <summary>The engine behind the commands.</summary>
    public AnswerEngine Engine => _engine;

    /// <summary>The commands it runs.</summary>
    public CommandCatalog Commands => _commands;

    /// <summary>Runs command <paramref name="name"/> with its <paramref name="options"/> (option name to value), in English.</summary>
    public Answer Run(string name, IReadOnlyDictionary<string, string> options) => Execute(name, options).Answer;

    /// <summary>
    /// Runs command <paramref name="name"/>: its answer, in <paramref name="language"/> where the input has no language
    /// of its own, and what else goes with it (a chart). <paramref name="targetText"/> is a message command's message.
    /// </summary>
    public CommandOutcome Execute(string name, IReadOnlyDictionary<string, string> options, CommandLanguage language = CommandLanguage.English, string? targetText = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            var call = new CommandCall(_engine, _commands, options) { Language = language, TargetText = targetText, Metrics = _metrics };
            var outcome = _commands.Find(name) is { } command
                ? command.Run(call)
                : new CommandOutcome(CommandAnswers.UnknownCommand(_commands, language));
            return outcome.Language is null ? outcome with { Language = language } : outcome;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (_logger is not null)
            {
                LogFailed(_logger, Shorten(name), e.GetType().Name, e.Message);
            }

            return new CommandOutcome(CommandAnswers.SomethingWentWrong(language)) { Language = language };
        }
    }

    /// <summary>
    /// Suggestions for option <paramref name="option"/> of command <paramref name="name"/> given what the user
    /// <paramref name="typed"/>: at most 25, best first; none for an unknown command or option, or on a failure (logged).
    /// </summary>
    public IReadOnlyList<string> Complete(string name, string option, string? typed, CommandLanguage language = CommandLanguage.English) =>
        Choices(name, option, typed, language).Select(c => Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToList();

    /// <summary>
    /// The suggestions of <see cref="Complete"/> as Discord shows them: named in <paramref name="language"/> where the
    /// data has the name, the value unchanged; none on a failure (logged).
    /// </summary>
    public IReadOnlyList<AutocompleteChoice> Choices(string name, string option, string? typed, CommandLanguage language = CommandLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(option);
        try
        {
            if (_commands.Find(name) is not { } command)
            {
                return [];
            }

            var call = new CommandCall(_engine, _commands, new Dictionary<string, string>()) { Language = language };
            var text = QuestionText.Clean(typed ?? string.Empty, CommandCall.MaxOptionLength);
            return command.Choices(call, option, text).Take(25).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (_logger is not null)
            {
                LogCompletionFailed(_logger, Shorten(name), e.GetType().Name, e.Message);
            }

            return [];
        }
    }

    private static string Shorten(string name) => name.Length > 40 ? name[..40] : name;

    [LoggerMessage(Level = LogLevel.Error, Message = "Command {Command} failed: {ExceptionType}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string command, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Autocomplete of {Command} failed: {ExceptionType}: {Reason}")]
    private static partial void LogCompletionFailed(ILogger logger, string command, string exceptionType, string reason);
}
