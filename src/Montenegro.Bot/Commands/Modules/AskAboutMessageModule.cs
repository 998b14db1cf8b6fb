using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Commands.Modules;

/// <summary>
/// The message context-menu command "Ask about this message" (Apps › Ask about this message): the message's text is
/// the question. A message without text (only an image, an embed) gets a polite private note.
/// </summary>
[CommandModule(90)]
public sealed class AskAboutMessageModule : BotCommand
{
    /// <inheritdoc />
    public override string Name => "Ask about this message";

    /// <inheritdoc />
    public override string? MontenegrinName => "Pitaj o ovoj poruci";

    /// <inheritdoc />
    public override string Usage => "Apps › Ask about this message (on a message in Discord)";

    /// <inheritdoc />
    public override LocalizedText Summary { get; } = new(
        "answers a message's text as a question",
        "odgovara na tekst poruke kao na pitanje");

    /// <inheritdoc />
    public override ApplicationCommandType Kind => ApplicationCommandType.Message;

    /// <inheritdoc />
    public override CommandOutcome Run(CommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (QuestionText.IsBlank(call.TargetText))
        {
            return new(new Answer(false, "error", call.Say(new("Nothing to ask about", "Nema pitanja")), call.Say(new(
                "That message has no text I can read as a question. Use this on a message that asks something, or try /ask.",
                "Ta poruka nema teksta koji mogu da pročitam kao pitanje. Upotrijebite ovo na poruci koja nešto pita, ili probajte /ask.")), [], [], []));
        }

        return CommandOutcome.ForQuestion(call.AskUser(call.TargetText!));
    }
}
