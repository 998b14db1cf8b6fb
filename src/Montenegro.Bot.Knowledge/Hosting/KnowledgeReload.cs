namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>How one reload of the sources after a change ended.</summary>
/// <param name="Succeeded">Whether the new knowledge base replaced the old one.</param>
/// <param name="Problem">Why not, in one line naming the file and, where known, the line; null when it succeeded.</param>
/// <param name="Passages">The passages of the knowledge base answering after the reload (the old one's when it failed).</param>
/// <param name="Duration">From the start of loading to the swap, or to the failure.</param>
public sealed record KnowledgeReload(bool Succeeded, string? Problem, int Passages, TimeSpan Duration);
