using Montenegro.Bot.Discord.Interactions;

namespace Montenegro.Bot.Commands;

/// <summary>
/// One command of the bot, whole: how it is registered (name, options, choices, Montenegrin descriptions, where it may
/// be used), how the console chat reads its words, its autocomplete and its answer. Discord and the console chat both
/// use it through the <see cref="CommandRouter"/>, so they always agree. Mark a subclass with
/// <see cref="CommandModuleAttribute"/> to add it; modules are stateless singletons and must be thread-safe.
/// </summary>
public abstract class BotCommand
{
    /// <summary>The name as registered and typed (<c>poll</c>; for a message command, the menu entry).</summary>
    public abstract string Name { get; }

    /// <summary>How it is typed in the console, e.g. <c>/poll [firm] [year]</c>.</summary>
    public abstract string Usage { get; }

    /// <summary>What it does, for help and as its description (1–100 characters each).</summary>
    public abstract LocalizedText Summary { get; }

    /// <summary>A slash command, or a message context-menu command.</summary>
    public virtual ApplicationCommandType Kind => ApplicationCommandType.ChatInput;

    /// <summary>The options it takes, besides <c>private</c>, which every slash command gets (see <see cref="CommandCatalog"/>).</summary>
    public virtual IReadOnlyList<ApplicationCommandOption> Options => [];

    /// <summary>The name in Montenegrin, for menu commands (slash command names stay as they are typed).</summary>
    public virtual string? MontenegrinName => null;

    /// <summary>Whether its answers are private unless the user asks otherwise (help is).</summary>
    public virtual bool PrivateByDefault => false;

    /// <summary>Answers the command.</summary>
    /// <param name="call">The options, the engine and the user's language.</param>
    /// <returns>The answer; the router turns a thrown exception into a polite reply.</returns>
    public abstract CommandOutcome Run(CommandCall call);

    /// <summary>Values for <paramref name="option"/> that <paramref name="typed"/> may be the start of, best first; at most 25.</summary>
    /// <param name="call">The call so far.</param>
    /// <param name="option">The option being typed into.</param>
    /// <param name="typed">What the user has typed.</param>
    /// <returns>The suggestions.</returns>
    public virtual IReadOnlyList<string> Complete(CommandCall call, string option, string typed) => [];

    /// <summary>
    /// The suggestions of <see cref="Complete"/> as Discord shows them: by default each value is its own name; a command
    /// whose values have names in the user's language (<see cref="CommandCall.Language"/>) shows those, value unchanged.
    /// </summary>
    /// <param name="call">The call so far, in the user's language.</param>
    /// <param name="option">The option being typed into.</param>
    /// <param name="typed">What the user has typed.</param>
    /// <returns>The choices, best first; at most 25.</returns>
    public virtual IReadOnlyList<AutocompleteChoice> Choices(CommandCall call, string option, string typed) =>
        Complete(call, option, typed).Select(v => new AutocompleteChoice(v, v)).ToList();

    /// <summary>The options of a console line's words after the command name; by default all of them are the first option.</summary>
    /// <param name="words">The rest of the line, trimmed.</param>
    /// <returns>Option name to value.</returns>
    public virtual IReadOnlyDictionary<string, string> ReadConsoleWords(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Options.Count == 0 || words.Length == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal) { [Options[0].Name] = words };
    }
}
