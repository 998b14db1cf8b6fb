using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Frames;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Commands;

/// <summary>What a command produced: the answer, and what a richer surface (Discord) may show with it.</summary>
/// <param name="Answer">The answer, for every surface.</param>
public sealed record CommandOutcome(Answer Answer)
{
    /// <summary>A poll chart to attach, where the surface can show images; null for none.</summary>
    public ChartRequest? Chart { get; init; }

    /// <summary>
    /// The language the answer is written in, which what is shown around it follows: a question's own language; null when
    /// the input had none (a bare command, a name), where the <see cref="CommandRouter"/> puts the user's.
    /// </summary>
    public CommandLanguage? Language { get; init; }

    /// <summary>
    /// The outcome of a question in the user's own words: an answered trend question ("is support going up?") carries
    /// the poll chart of the pollster it names, or of all, as the free-text answers do.
    /// </summary>
    /// <param name="answer">The engine's answer to the question.</param>
    /// <returns>The outcome.</returns>
    public static CommandOutcome ForQuestion(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var frame = answer.Turn?.Frame;
        return new(answer)
        {
            Chart = answer.Answered && frame?.Intent == Intent.Trend ? new ChartRequest(frame.PollsterId) : null,
            Language = frame is null ? null : frame.Language == QuestionLanguage.Montenegrin ? CommandLanguage.Montenegrin : CommandLanguage.English,
        };
    }
}
