namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>A named value shown beside an answer, e.g. "Date" = "11 June 2006".</summary>
public sealed record AnswerField(string Name, string Value);
