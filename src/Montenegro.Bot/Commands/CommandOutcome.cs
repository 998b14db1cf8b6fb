using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Commands;

/// <summary>What a command produced: the answer, and what a richer surface (Discord) may show with it.</summary>
/// <param name="Answer">The answer, for every surface.</param>
public sealed record CommandOutcome(Answer Answer)
{
    /// <summary>A poll chart to attach, where the surface can show images; null for none.</summary>
    public ChartRequest? Chart { get; init; }
}
