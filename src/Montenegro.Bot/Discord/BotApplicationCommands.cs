using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord;

/// <summary>The slash commands the bot registers with Discord.</summary>
public sealed class BotApplicationCommands : IApplicationCommandSource
{
    private static readonly IReadOnlyList<ApplicationCommand> Commands =
    [
        Command("ask", "Ask a question about Montenegro's foreign relations",
            Text("question", "Your question, e.g. When did Russia recognise Montenegro?", required: true, maxLength: CommandRouter.MaxOptionLength)),
        Command("recognition", "Who recognised Montenegro's independence, and when",
            Text("country", "A country or organisation, e.g. Russia", autocomplete: true, maxLength: 100)),
        Command("nato", "Montenegro's road into NATO, or one milestone",
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.String,
                Name = "milestone",
                Description = "One step on the way; leave empty for the whole timeline",
                Choices = NatoMilestones.All.Take(25).Select(m => new ApplicationCommandChoice(m.Name, m.Name)).ToList(),
            }),
        Command("poll", "Opinion polls on NATO membership",
            Text("firm", "Polling firm, e.g. CEDEM or Ipsos", autocomplete: true, maxLength: 100),
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.Integer,
                Name = "year",
                Description = "Year of the poll",
                MinValue = 2000,
                MaxValue = 2100,
            }),
        Command("relations", "What the sources say about Montenegro's relations with a country",
            Text("country", "A country, e.g. China", required: true, autocomplete: true, maxLength: 100)),
        Command("search", "The passages of the sources that best match your words",
            Text("query", "Words to look for", required: true, maxLength: CommandRouter.MaxOptionLength)),
        Command("sources", "The documents the bot answers from"),
        Command("help", "What the bot can do"),
    ];

    /// <inheritdoc />
    public IReadOnlyList<ApplicationCommand> GetCommands() => Commands;

    private static ApplicationCommand Command(string name, string description, params ApplicationCommandOption[] options) =>
        new() { Name = name, Description = description, Options = options };

    private static ApplicationCommandOption Text(string name, string description, bool required = false, bool autocomplete = false, int? maxLength = null) =>
        new()
        {
            Type = ApplicationCommandOptionType.String,
            Name = name,
            Description = description,
            Required = required,
            Autocomplete = autocomplete,
            MaxLength = maxLength,
        };
}
