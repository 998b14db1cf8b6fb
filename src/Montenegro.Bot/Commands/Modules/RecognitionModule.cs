using Montenegro.Bot.Discord.Interactions;

namespace Montenegro.Bot.Commands.Modules;

/// <summary><c>/recognition [country]</c>: who recognised Montenegro's independence, or when one country did.</summary>
[CommandModule(20)]
public sealed class RecognitionModule : BotCommand
{
    /// <inheritdoc />
    public override string Name => "recognition";

    /// <inheritdoc />
    public override string Usage => "/recognition [country]";

    /// <inheritdoc />
    public override LocalizedText Summary { get; } = new(
        "Who recognised Montenegro's independence, and when",
        "Ko je i kada priznao nezavisnost Crne Gore");

    /// <inheritdoc />
    public override IReadOnlyList<ApplicationCommandOption> Options { get; } =
    [
        CommandOptions.Text("country", new("A country or organisation, e.g. Russia", "Država ili organizacija, npr. Rusija"), autocomplete: true, maxLength: 100),
    ];

    /// <inheritdoc />
    public override CommandOutcome Run(CommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Option("country") is not { } typed)
        {
            return new(call.AskKnown(call.Say(new(
                "Which countries recognised Montenegro's independence?",
                "Koje su zemlje priznale nezavisnost Crne Gore?"))));
        }

        if (CountryNames.Resolve(call.Knowledge, typed) is not { } country)
        {
            return new(CountryNames.Unknown(call, typed, CountryNames.RelationsCountries(call.Knowledge).Concat(CountryNames.RecognisedBy(call.Knowledge)).Distinct().ToList()));
        }

        var name = CountryNames.NameIn(call.Knowledge, country, call.Language);
        return new(call.AskKnown(call.Say(new($"When did {name} recognise Montenegro?", $"Kada je {name} priznala Crnu Goru?"))));
    }

    /// <inheritdoc />
    public override IReadOnlyList<AutocompleteChoice> Choices(CommandCall call, string option, string typed)
    {
        ArgumentNullException.ThrowIfNull(call);
        return option == "country" ? CountryNames.Choices(call.Knowledge, CountryNames.RecognisedBy(call.Knowledge), typed, call.Language) : [];
    }
}
