namespace Montenegro.Bot.Knowledge.Facts;

/// <summary>The figures of one opinion poll, as the source writes them (percentages without the sign).</summary>
/// <param name="PollsterId">Entity id of who ran it, when the source names them.</param>
/// <param name="GroupId">Entity id of the population group the figure is about, when it is not the whole population.</param>
/// <param name="For">Share in favour of NATO membership.</param>
/// <param name="Against">Share against.</param>
/// <param name="Undecided">Share undecided, when given.</param>
/// <param name="Lead">The lead, as the table gives it.</param>
/// <param name="FromTable">True for rows of the opinion-poll table, false for polls quoted in the article's text.</param>
public sealed record PollFigures(
    string? PollsterId,
    string? GroupId,
    string? For,
    string? Against,
    string? Undecided,
    string? Lead,
    bool FromTable);
