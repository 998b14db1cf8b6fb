namespace Montenegro.Bot.Commands;

/// <summary>
/// Reads console commands such as "/recognition Russia" or "/poll CEDEM 2016" into a command and its options: the
/// command's own module (<see cref="BotCommand.ReadConsoleWords"/>) says which words are which option.
/// </summary>
public static class CommandLineParser
{
    /// <summary>Parses <paramref name="line"/> against the built-in commands; false when it is not a command (no leading slash).</summary>
    public static bool TryParse(string line, out string name, out IReadOnlyDictionary<string, string> options) =>
        TryParse(line, CommandCatalog.BuiltIn, out name, out options);

    /// <summary>
    /// Parses <paramref name="line"/> against <paramref name="commands"/>; false when it is not a command (no leading
    /// slash). An unknown name parses with no options, for the router to answer.
    /// </summary>
    public static bool TryParse(string line, CommandCatalog commands, out string name, out IReadOnlyDictionary<string, string> options)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(commands);
        name = string.Empty;
        options = new Dictionary<string, string>();
        var text = line.Trim();
        if (!text.StartsWith('/') || text.Length < 2)
        {
            return false;
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        name = (space < 0 ? text[1..] : text[1..space]).ToLowerInvariant();
        var rest = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        if (commands.Find(name) is { Kind: Discord.Interactions.ApplicationCommandType.ChatInput } command)
        {
            options = command.ReadConsoleWords(rest);
        }

        return true;
    }
}
