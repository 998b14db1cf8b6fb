using Montenegro.Bot.Discord.Interactions;

namespace Montenegro.Bot.Commands.Modules;

/// <summary><c>/search query</c>: the passages that best match the words.</summary>
[CommandModule(60)]
public sealed class SearchModule : BotCommand
{
    /// <inheritdoc />
    public override string Name => "search";

    /// <inheritdoc />
    public override string Usage => "/search query";

    /// <inheritdoc />
    public override LocalizedText Summary { get; } = new(
        "The passages of the sources that best match your words",
        "Odlomci izvora koji najbolje odgovaraju vašim riječima");

    /// <inheritdoc />
    public override IReadOnlyList<ApplicationCommandOption> Options { get; } =
    [
        CommandOptions.Text("query", new("Words to look for", "Riječi koje tražite"), required: true, maxLength: CommandCall.MaxOptionLength),
    ];

    /// <inheritdoc />
    public override CommandOutcome Run(CommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new(call.Option("query") is { } query ? call.Engine.Search(query) : CommandAnswers.Usage(this, call.Language));
    }
}
