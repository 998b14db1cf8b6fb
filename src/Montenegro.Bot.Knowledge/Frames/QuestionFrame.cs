using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// A question as typed data: what it asks for, about whom and when, and what kind of value answers it.
/// Follow-ups resolve against the frames of the turns before them.
/// </summary>
/// <param name="Intent">What it asks for.</param>
/// <param name="AnswerType">The kind of value a right answer holds.</param>
/// <param name="EntityIds">The entities it names (Montenegro itself left out), in order.</param>
/// <param name="Years">The years it names; two for a range.</param>
/// <param name="PollsterId">The pollster it names, if any.</param>
/// <param name="Ordinal">First, last, highest or lowest, if it asks for one.</param>
/// <param name="Polarity">For or against, if it asks about one side.</param>
/// <param name="Language">The language it was asked in.</param>
/// <param name="Script">The alphabet it was asked in.</param>
/// <param name="Text">The question as answered: in English, with a follow-up's context filled in.</param>
public sealed record QuestionFrame(
    Intent Intent,
    AnswerType AnswerType,
    IReadOnlyList<string> EntityIds,
    IReadOnlyList<int> Years,
    string? PollsterId,
    Ordinal Ordinal,
    Polarity Polarity,
    QuestionLanguage Language,
    Script Script,
    string Text);
