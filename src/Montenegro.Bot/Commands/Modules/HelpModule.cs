using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Commands.Modules;

/// <summary><c>/help</c>: every command with what it does, in the user's language; private unless asked otherwise.</summary>
[CommandModule(80)]
public sealed class HelpModule : BotCommand
{
    private static readonly LocalizedText Intro = new(
        "I answer questions about Montenegro's foreign relations from my cited sources.",
        "Odgovaram na pitanja o spoljnoj politici Crne Gore iz svojih navedenih izvora.");

    private static readonly LocalizedText Outro = new(
        "On Discord, add private: True to any command to see the answer alone. Or just ask in plain words, e.g. \"When did Russia recognise Montenegro?\"",
        "Na Discordu dodajte private: True bilo kojoj komandi da samo vi vidite odgovor. Ili pitajte običnim riječima, npr. \"Kada je Rusija priznala Crnu Goru?\"");

    /// <inheritdoc />
    public override string Name => "help";

    /// <inheritdoc />
    public override string Usage => "/help";

    /// <inheritdoc />
    public override LocalizedText Summary { get; } = new("What the bot can do", "Šta bot može");

    /// <inheritdoc />
    public override bool PrivateByDefault => true;

    /// <inheritdoc />
    public override CommandOutcome Run(CommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var lines = call.Commands.Commands.Select(c => c.Kind == ApplicationCommandType.ChatInput
            ? $"{c.Usage}: {c.Summary.In(call.Language)}"
            : $"{(call.Language == CommandLanguage.Montenegrin ? c.MontenegrinName ?? c.Name : c.Name)}: {c.Summary.In(call.Language)}");
        return new(new Answer(true, "help", call.Say(new("What I can do", "Šta mogu")),
            call.Say(Intro) + "\n" + string.Join("\n", lines) + "\n" + call.Say(Outro), [], [], []));
    }
}
