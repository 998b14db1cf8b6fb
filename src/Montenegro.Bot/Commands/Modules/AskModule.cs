using Montenegro.Bot.Discord.Interactions;

namespace Montenegro.Bot.Commands.Modules;

/// <summary><c>/ask</c>: any question, answered in the question's own language.</summary>
[CommandModule(10)]
public sealed class AskModule : BotCommand
{
    /// <inheritdoc />
    public override string Name => "ask";

    /// <inheritdoc />
    public override string Usage => "/ask question";

    /// <inheritdoc />
    public override LocalizedText Summary { get; } = new(
        "Ask anything about Montenegro's foreign relations",
        "Pitajte bilo šta o spoljnoj politici Crne Gore");

    /// <inheritdoc />
    public override IReadOnlyList<ApplicationCommandOption> Options { get; } =
    [
        CommandOptions.Text("question", new(
            "Your question, e.g. When did Russia recognise Montenegro?",
            "Vaše pitanje, npr. Kada je Rusija priznala Crnu Goru?"), required: true, maxLength: CommandCall.MaxOptionLength),
    ];

    /// <inheritdoc />
    public override CommandOutcome Run(CommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.Option("question") is { } question ? CommandOutcome.ForQuestion(call.AskUser(question)) : new(CommandAnswers.Usage(this, call.Language));
    }
}
