namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>A passage an answer comes from.</summary>
/// <param name="Id">The passage id, e.g. <c>nato-relations/background/3</c>.</param>
/// <param name="Title">The source's title and section, e.g. "Montenegro–NATO relations › Background".</param>
/// <param name="Url">Where the source can be read, when known.</param>
/// <param name="Excerpt">The best sentence(s) of the passage, as plain text; the words that matched the question are in <see cref="Highlights"/>.</param>
public sealed record AnswerSource(string Id, string Title, string? Url, string Excerpt)
{
    /// <summary>Where <see cref="Excerpt"/> shows words that matched the question, in order; each renderer marks them its own way.</summary>
    public IReadOnlyList<Search.HighlightSpan> Highlights { get; init; } = [];
}
