using System.Globalization;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Commands;

/// <summary>
/// The bot's commands (<c>/ask</c>, <c>/recognition</c>, <c>/nato</c>, <c>/poll</c>, <c>/relations</c>,
/// <c>/search</c>, <c>/sources</c>, <c>/help</c>), answered through the one engine. Discord slash
/// commands and the console chat both call this, so they always agree. Total: any command name and option values
/// give an <see cref="Answer"/>; an unexpected failure becomes one logged line and a polite reply.
/// </summary>
public sealed partial class CommandRouter(AnswerEngine engine, ILogger<CommandRouter>? logger = null)
{
    /// <summary>Longest option value taken from a user.</summary>
    public const int MaxOptionLength = 300;

    /// <summary>Every command with its usage and what it does, for help texts.</summary>
    public static IReadOnlyList<(string Name, string Usage, string Description)> Commands { get; } =
    [
        ("ask", "/ask question", "Ask anything about Montenegro's foreign relations"),
        ("recognition", "/recognition [country]", "Who recognised Montenegro's independence, and when"),
        ("nato", "/nato [milestone]", "Montenegro's road into NATO, or one milestone"),
        ("poll", "/poll [firm] [year]", "Opinion polls on NATO membership"),
        ("relations", "/relations country", "What the sources say about relations with a country"),
        ("search", "/search query", "The passages of the sources that best match your words"),
        ("sources", "/sources", "The documents the bot answers from"),
        ("help", "/help", "This list"),
    ];

    /// <summary>The engine behind the commands.</summary>
    public AnswerEngine Engine => engine;

    /// <summary>Runs command <paramref name="name"/> with its <paramref name="options"/> (option name to value).</summary>
    public Answer Run(string name, IReadOnlyDictionary<string, string> options)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return RunUnguarded(name, options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (logger is not null)
            {
                LogFailed(logger, name.Length > 40 ? name[..40] : name, e.GetType().Name, e.Message);
            }

            return AnswerEngine.SomethingWentWrong;
        }
    }

    private Answer RunUnguarded(string name, IReadOnlyDictionary<string, string> options)
    {
        string? Option(string key) =>
            options.TryGetValue(key, out var value) && !QuestionText.IsBlank(value) ? QuestionText.Clean(value, MaxOptionLength) : null;

        return name switch
        {
            "ask" => Option("question") is { } q ? engine.Ask(q) : Usage("ask"),
            "recognition" => Recognition(Option("country")),
            "nato" => Nato(Option("milestone")),
            "poll" => Poll(Option("firm"), Option("year")),
            "relations" => Option("country") is { } c ? Relations(c) : Usage("relations"),
            "search" => Option("query") is { } query ? engine.Search(query) : Usage("search"),
            "sources" => engine.SourceList(),
            "help" => Help(),
            _ => new Answer(false, "error", "Unknown command", $"I don't know that command. {HelpLine()}", [], [], []),
        };
    }

    /// <summary>Countries and organisations whose recognition the sources date, for autocomplete.</summary>
    public IReadOnlyList<string> RecognisedBy() => NamesWithFacts("recognition");

    /// <summary>Countries the sources have a relations section on, then the others they name.</summary>
    public IReadOnlyList<string> RelationsCountries() => NamesWithFacts("relations")
        .Concat(engine.Knowledge.Entities.Where(e => e.Type == EntityType.Country && e.Id != "montenegro").Select(e => e.Name))
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>Polling firms the sources name.</summary>
    public IReadOnlyList<string> Pollsters() =>
        engine.Knowledge.Entities.Where(e => e.Type == EntityType.Pollster && e.Id != "government").Select(e => e.Name).ToList();

    /// <summary>Up to <paramref name="max"/> of <paramref name="names"/> matching what a user has typed so far: prefix matches first.</summary>
    public static IReadOnlyList<string> Complete(IEnumerable<string> names, string? typed, int max = 25)
    {
        var text = (typed ?? string.Empty).Trim();
        var list = names.ToList();
        return list.Where(n => n.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            .Concat(list.Where(n => !n.StartsWith(text, StringComparison.OrdinalIgnoreCase) && n.Contains(text, StringComparison.OrdinalIgnoreCase)))
            .Take(max)
            .ToList();
    }

    private Answer Recognition(string? country)
    {
        if (country is null)
        {
            return engine.Ask("Which countries recognised Montenegro's independence?");
        }

        if (engine.Knowledge.Recognizer.Recognize(country).Count == 0)
        {
            return NotACountry(country);
        }

        return engine.Ask($"When did {country} recognise Montenegro?");
    }

    private Answer Nato(string? milestone)
    {
        if (milestone is null)
        {
            return engine.NatoTimeline();
        }

        return NatoMilestones.Find(milestone) is { } known ? engine.Ask(known.Question) : engine.Ask($"NATO {milestone}");
    }

    private Answer Poll(string? firm, string? year)
    {
        if (year is not null && !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return new Answer(false, "error", "Not a year", "The year must be a number such as 2016.", [], [], []);
        }

        var by = firm is null ? string.Empty : $" by {firm}";
        var when = year is null ? string.Empty : $" in {year}";
        return engine.Ask($"What did the polls{by}{when} on NATO membership show?");
    }

    private Answer Relations(string country)
    {
        if (engine.Knowledge.Recognizer.Recognize(country).Count == 0)
        {
            return NotACountry(country);
        }

        return engine.Ask($"Tell me about Montenegro's relations with {country}");
    }

    private static Answer NotACountry(string text)
    {
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        return new Answer(false, "error", "Unknown country", $"I don't know a country called \"{shown}\". Try a name such as Russia, China or the United States.", [], [], []);
    }

    private static Answer Usage(string name)
    {
        var command = Commands.First(c => c.Name == name);
        return new Answer(false, "error", "Missing option", $"Usage: {command.Usage}. {command.Description}.", [], [], []);
    }

    private static Answer Help()
    {
        var lines = Commands.Select(c => $"{c.Usage}: {c.Description}");
        return new Answer(true, "help", "What I can do",
            "I answer questions about Montenegro's foreign relations from my cited sources.\n" + string.Join("\n", lines)
            + "\nOr just ask in plain words, e.g. \"When did Russia recognise Montenegro?\"", [], [], []);
    }

    private static string HelpLine() => "Try " + string.Join(", ", Commands.Select(c => "/" + c.Name)) + ".";

    [LoggerMessage(Level = LogLevel.Error, Message = "Command {Command} failed: {ExceptionType}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string command, string exceptionType, string reason);

    private IReadOnlyList<string> NamesWithFacts(string topic) =>
        engine.Knowledge.Facts.Where(f => f.Topic == topic)
            .SelectMany(f => f.EntityIds)
            .Distinct(StringComparer.Ordinal)
            .Select(id => engine.Knowledge.EntitiesById[id])
            .Where(e => e.Type is EntityType.Country or EntityType.Organisation)
            .Select(e => e.Name)
            .ToList();
}
