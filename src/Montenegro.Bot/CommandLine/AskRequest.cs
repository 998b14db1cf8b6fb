namespace Montenegro.Bot.CommandLine;

/// <summary>What <c>ask</c> was asked to do.</summary>
/// <param name="Question">The question from the arguments, or null to read standard input.</param>
/// <param name="Json">One JSON object a line instead of text for a person.</param>
/// <param name="Conversation">The input lines are one conversation; an empty line starts a new one and prints nothing.</param>
public sealed record AskRequest(string? Question, bool Json, bool Conversation);
