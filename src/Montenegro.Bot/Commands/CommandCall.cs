using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Commands;

/// <summary>One use of a command: its option values, the engine that answers it, and how the user asked.</summary>
public sealed class CommandCall
{
    /// <summary>Longest option value taken from a user.</summary>
    public const int MaxOptionLength = 300;

    private readonly IReadOnlyDictionary<string, string> _options;

    /// <summary>Creates the call.</summary>
    /// <param name="engine">The engine that answers.</param>
    /// <param name="commands">Every command, for those that list the others (help).</param>
    /// <param name="options">Option name to value, as the user gave them.</param>
    public CommandCall(AnswerEngine engine, CommandCatalog commands, IReadOnlyDictionary<string, string> options)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(options);
        Engine = engine;
        Commands = commands;
        _options = options;
    }

    /// <summary>The engine that answers.</summary>
    public AnswerEngine Engine { get; }

    /// <summary>The knowledge base the engine answers from.</summary>
    public KnowledgeBase Knowledge => Engine.Knowledge;

    /// <summary>Every command of the bot.</summary>
    public CommandCatalog Commands { get; }

    /// <summary>The language for what the command says itself (the user's locale); a question's own language wins over it.</summary>
    public CommandLanguage Language { get; init; } = CommandLanguage.English;

    /// <summary>Where answers served from memory are counted (the engine counts those it works out).</summary>
    public AnswerMetrics? Metrics { get; init; }

    /// <summary>For a message command, the text of the message it was used on (null when there is none).</summary>
    public string? TargetText { get; init; }

    /// <summary>The value of option <paramref name="name"/>, cleaned and cut to <see cref="MaxOptionLength"/>; null when absent or blank.</summary>
    public string? Option(string name) =>
        _options.TryGetValue(name, out var value) && !QuestionText.IsBlank(value) ? QuestionText.Clean(value, MaxOptionLength) : null;

    /// <summary>
    /// Answers a question the command built from canonical names (never a user's own words): worked out once per
    /// engine, then served from memory, since the answers only change when the knowledge base does.
    /// </summary>
    public Answer AskKnown(string question) => KnownAnswers.Ask(Engine, question, Metrics);

    /// <summary>
    /// Answers a question in the user's own words, with no conversation before it: worked out by the engine, or served
    /// from memory when the same words were asked before (a bounded cache per engine).
    /// </summary>
    public Answer AskUser(string question) => AskedAnswers.Ask(Engine, question, Metrics);

    /// <summary>
    /// Answers a question the command built in English from canonical names, written in the call's language: in
    /// Montenegrin as if it had been asked in Montenegrin. Served from memory like <see cref="AskKnown"/>.
    /// </summary>
    public Answer AskKnownInCallLanguage(string englishQuestion) => Language == CommandLanguage.Montenegrin
        ? KnownAnswers.AskInMontenegrin(Engine, englishQuestion, Metrics)
        : KnownAnswers.Ask(Engine, englishQuestion, Metrics);

    /// <summary>
    /// An answer the command works out itself, with no question (a list, a timeline), once per engine and language;
    /// <paramref name="name"/> names it among the command's answers.
    /// </summary>
    public Answer Remember(string name, Func<Answer> work) =>
        KnownAnswers.Remember(Engine, "\u0002" + name + (Language == CommandLanguage.Montenegrin ? "\u0001hr" : string.Empty), metrics: null, work);

    /// <summary>The text in the call's language.</summary>
    public string Say(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.In(Language);
    }
}
