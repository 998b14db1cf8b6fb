using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Commands;

/// <summary>The answers commands give about themselves: usage, unknown command, nothing to ask.</summary>
public static class CommandAnswers
{
    /// <summary>A required option is missing: the command's usage.</summary>
    public static Answer Usage(BotCommand command, CommandLanguage language)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new Answer(false, "error", new LocalizedText("Missing option", "Nedostaje opcija").In(language),
            $"{new LocalizedText("Usage", "Upotreba").In(language)}: {command.Usage}. {command.Summary.In(language)}.", [], [], []);
    }

    /// <summary>An unexpected failure: the engine's apology, in <paramref name="language"/>.</summary>
    public static Answer SomethingWentWrong(CommandLanguage language) => language == CommandLanguage.Montenegrin
        ? AnswerEngine.SomethingWentWrong with
        {
            Title = "Nešto nije u redu",
            Text = "Izvinite, nešto nije u redu kod mene dok sam odgovarao. Pokušajte ponovo ili pitajte drugim riječima.",
        }
        : AnswerEngine.SomethingWentWrong;

    /// <summary>A command name no command has.</summary>
    public static Answer UnknownCommand(CommandCatalog commands, CommandLanguage language)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var names = string.Join(", ", commands.SlashCommands.Select(c => "/" + c.Name));
        return new Answer(false, "error", new LocalizedText("Unknown command", "Nepoznata komanda").In(language),
            new LocalizedText($"I don't know that command. Try {names}.", $"Ne znam tu komandu. Probajte {names}.").In(language), [], [], []);
    }
}
