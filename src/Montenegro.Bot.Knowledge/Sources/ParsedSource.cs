namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>A source file cut into passages, with the title its own text gives it (its first heading), if any.</summary>
internal sealed record ParsedSource(string? Title, IReadOnlyList<Passage> Passages);
