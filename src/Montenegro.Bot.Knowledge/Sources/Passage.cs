namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>A citable piece of a source: a paragraph, a list or a table row.</summary>
/// <param name="Id">Stable id: source id, section slug and 1-based ordinal, e.g. <c>nato-relations/background/3</c>.</param>
/// <param name="SourceId">The source document it comes from.</param>
/// <param name="HeadingPath">The headings above it, outermost first; empty for text before the first heading.</param>
/// <param name="Kind">What kind of unit it is.</param>
/// <param name="Text">The passage as a reader sees it; table rows read "Header: value; ...".</param>
/// <param name="Line">1-based line in the source file where it starts.</param>
/// <param name="Items">List items (for lists) or cells (for table rows); empty otherwise.</param>
/// <param name="Headers">Column headers, for table rows; empty otherwise.</param>
public sealed record Passage(
    string Id,
    string SourceId,
    IReadOnlyList<string> HeadingPath,
    PassageKind Kind,
    string Text,
    int Line,
    IReadOnlyList<string> Items,
    IReadOnlyList<string> Headers)
{
    /// <summary>The innermost heading, or null for the lead.</summary>
    public string? Section => HeadingPath.Count == 0 ? null : HeadingPath[^1];

    /// <summary>Whether the passage may be used to answer questions.</summary>
    public bool IsAnswerable => Kind != PassageKind.Navigation;
}
