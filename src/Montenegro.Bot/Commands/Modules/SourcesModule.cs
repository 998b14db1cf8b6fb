namespace Montenegro.Bot.Commands.Modules;

/// <summary><c>/sources</c>: the documents the bot answers from.</summary>
[CommandModule(70)]
public sealed class SourcesModule : BotCommand
{
    /// <inheritdoc />
    public override string Name => "sources";

    /// <inheritdoc />
    public override string Usage => "/sources";

    /// <inheritdoc />
    public override LocalizedText Summary { get; } = new(
        "The documents the bot answers from",
        "Dokumenti iz kojih bot odgovara");

    /// <inheritdoc />
    public override CommandOutcome Run(CommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new(call.Remember(Name, () => call.Language == CommandLanguage.Montenegrin
            ? MontenegrinAnswers.SourceList(call.Engine, call.Engine.SourceList())
            : call.Engine.SourceList()));
    }
}
