namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// One count a sentence states: "44 votes", "five against", "a three-member team", "71.2 percent of Montenegrin Albanians".
/// </summary>
/// <param name="Value">The number it stands for.</param>
/// <param name="Written">The number as the text writes it ("five", "160,385,964").</param>
/// <param name="IsPercent">Whether it is a share in per cent rather than a count of things.</param>
/// <param name="Noun">
/// The analyzed word for what it counts ("vote", "diplomat", "member"), or null when the text leaves it to the count before
/// ("five against" after "44 votes in favour").
/// </param>
/// <param name="Adds">Whether the text adds it to a count stated before it ("six more").</param>
/// <param name="Start">Where the number starts in its sentence.</param>
/// <param name="End">Where the words for what it counts end (with those describing a joined noun: "three-member military medical team").</param>
/// <param name="Context">The analyzed words from the number up to the next count: what tells this count from the others.</param>
/// <param name="Phrase">The analyzed words of the number's own phrase ("a three-member military medical team").</param>
/// <param name="Qualifier">Capitalised words between the number and its noun ("six more Russian diplomats": "Russian"), if any.</param>
internal sealed record StatedCount(
    decimal Value,
    string Written,
    bool IsPercent,
    string? Noun,
    bool Adds,
    int Start,
    int End,
    IReadOnlySet<string> Context,
    IReadOnlySet<string> Phrase,
    string? Qualifier = null);
