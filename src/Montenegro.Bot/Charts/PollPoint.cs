namespace Montenegro.Bot.Charts;

/// <summary>One poll's support for NATO membership, placed on the time axis.</summary>
/// <param name="Date">Where the poll sits on the time axis: its day when the source gives one, else the 15th of its month.</param>
/// <param name="Support">Share in favour of membership, in percent.</param>
/// <param name="FromTable">True for a row of the article's opinion-poll table, false for a poll quoted in its text.</param>
/// <param name="FactId">The poll fact it comes from, so a chart can be traced back to its source.</param>
public sealed record PollPoint(DateOnly Date, double Support, bool FromTable, string FactId);
