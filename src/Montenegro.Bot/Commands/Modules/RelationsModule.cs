using Montenegro.Bot.Discord.Interactions;

namespace Montenegro.Bot.Commands.Modules;

/// <summary><c>/relations country</c>: what the sources say about Montenegro's relations with a country.</summary>
[CommandModule(50)]
public sealed class RelationsModule : BotCommand
{
    /// <inheritdoc />
    public override string Name => "relations";

    /// <inheritdoc />
    public override string Usage => "/relations country";

    /// <inheritdoc />
    public override LocalizedText Summary { get; } = new(
        "What the sources say about relations with a country",
        "Šta izvori kažu o odnosima s nekom državom");

    /// <inheritdoc />
    public override IReadOnlyList<ApplicationCommandOption> Options { get; } =
    [
        CommandOptions.Text("country", new("A country, e.g. China", "Država, npr. Kina"), required: true, autocomplete: true, maxLength: 100),
    ];

    /// <inheritdoc />
    public override CommandOutcome Run(CommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Option("country") is not { } typed)
        {
            return new(CommandAnswers.Usage(this, call.Language));
        }

        if (CountryNames.Resolve(call.Knowledge, typed) is not { } country)
        {
            return new(CountryNames.Unknown(call, typed, CountryNames.RelationsCountries(call.Knowledge)));
        }

        var name = CountryNames.NameIn(call.Knowledge, country, call.Language);
        return new(call.AskKnown(call.Say(new(
            $"Tell me about Montenegro's relations with {name}",
            $"Kakvi su odnosi Crne Gore i države {name}?"))));
    }

    /// <inheritdoc />
    public override IReadOnlyList<AutocompleteChoice> Choices(CommandCall call, string option, string typed)
    {
        ArgumentNullException.ThrowIfNull(call);
        return option == "country" ? CountryNames.Choices(call.Knowledge, CountryNames.RelationsCountries(call.Knowledge), typed, call.Language) : [];
    }
}
