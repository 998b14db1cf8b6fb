using System.Globalization;
using System.Runtime.CompilerServices;
using Montenegro.Bot.Charts;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Commands.Modules;

/// <summary><c>/poll [firm] [year]</c>: opinion polls on NATO membership, with their chart where it can be shown.</summary>
[CommandModule(40)]
public sealed class PollModule : BotCommand
{
    private const string GovernmentId = "government";
    private const int MinYear = 2000;
    private const int MaxYear = 2100;

    private static readonly ConditionalWeakTable<KnowledgeBase, IReadOnlyList<Entity>> Pollsters = new();

    /// <inheritdoc />
    public override string Name => "poll";

    /// <inheritdoc />
    public override string Usage => "/poll [firm] [year]";

    /// <inheritdoc />
    public override LocalizedText Summary { get; } = new(
        "Opinion polls on NATO membership",
        "Ankete o članstvu u NATO-u");

    /// <inheritdoc />
    public override IReadOnlyList<ApplicationCommandOption> Options { get; } =
    [
        CommandOptions.Text("firm", new("Polling firm, e.g. CEDEM or Ipsos", "Agencija, npr. CEDEM ili Ipsos"), autocomplete: true, maxLength: 100),
        new ApplicationCommandOption
        {
            Type = ApplicationCommandOptionType.Integer,
            Name = "year",
            Description = "Year of the poll",
            DescriptionLocalizations = CommandOptions.Montenegrin("Godina ankete"),
            MinValue = MinYear,
            MaxValue = MaxYear,
        },
    ];

    /// <inheritdoc />
    public override CommandOutcome Run(CommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        int? year = null;
        if (call.Option("year") is { } typedYear)
        {
            if (!int.TryParse(typedYear, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return new(new Answer(false, "error", call.Say(new("Not a year", "Nije godina")),
                    call.Say(new("The year must be a number such as 2016.", "Godina mora biti broj, npr. 2016.")), [], [], []));
            }

            year = number;
        }

        var firm = call.Option("firm");
        var pollster = firm is null ? null : PollsterResolver.Resolve(call.Knowledge, firm);
        if (firm is not null && pollster is null)
        {
            return new(DidYouMean.Pollster(firm, PollstersOf(call.Knowledge).Select(p => p.Name).ToList(), call.Language));
        }

        var question = Question(call.Language, pollster?.Name, year?.ToString(CultureInfo.InvariantCulture));

        // Only the years Discord offers are kept in memory: a console user may type any number.
        var answer = year is null or (>= MinYear and <= MaxYear) ? call.AskKnown(question) : call.Engine.Ask(question);
        return new(answer) { Chart = answer.Answered ? new ChartRequest(pollster?.Id) : null };
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Complete(CommandCall call, string option, string typed)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (option != "firm")
        {
            return [];
        }

        return call.Knowledge.Names.Complete(typed, PollstersOf(call.Knowledge)).Select(e => e.Name).ToList();
    }

    // The question the engine answers, in the user's language so that the answer comes in it.
    private static string Question(CommandLanguage language, string? pollster, string? year) => language == CommandLanguage.Montenegrin
        ? $"Šta su pokazale ankete{(pollster is null ? string.Empty : $" agencije {pollster}")}{(year is null ? string.Empty : $" {year}.")} o članstvu u NATO-u?"
        : $"What did the polls{(pollster is null ? string.Empty : $" by {pollster}")}{(year is null ? string.Empty : $" in {year}")} on NATO membership show?";

    // The pollsters with polls in the sources, the most polls first (the government's own surveys aside: not a firm); worked out once per knowledge base.
    private static IReadOnlyList<Entity> PollstersOf(KnowledgeBase knowledge) =>
        Pollsters.GetValue(knowledge, k => PollsterResolver.ChartableNames(k)
            .Select(n => PollsterResolver.Resolve(k, n))
            .OfType<Entity>()
            .Where(e => e.Id != GovernmentId)
            .ToList());

    /// <summary>
    /// "/poll CEDEM 2016", "/poll 2016", "/poll Ipsos": a word of exactly four ASCII digits is the year, every other
    /// word the firm, in any order.
    /// </summary>
    public override IReadOnlyDictionary<string, string> ReadConsoleWords(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var split = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var year = split.FirstOrDefault(w => w.Length == 4 && w.All(char.IsAsciiDigit));
        if (year is not null)
        {
            values["year"] = year;
        }

        values["firm"] = string.Join(' ', split.Where(w => w != year));
        return values;
    }
}
