namespace Montenegro.Bot.Commands;

/// <summary>A poll chart that belongs with an answer: all pollsters, or one.</summary>
/// <param name="PollsterId">The pollster's entity id, or null for every pollster.</param>
public sealed record ChartRequest(string? PollsterId);
