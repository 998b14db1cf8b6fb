namespace Montenegro.Bot.Knowledge.Search;

/// <summary>One passage or fact as the index sees it.</summary>
/// <param name="Id">The passage or fact id that search hits carry.</param>
/// <param name="Kind">Whether it is a passage or a fact; each is searched on its own.</param>
/// <param name="Text">The searchable text.</param>
/// <param name="Heading">The headings (or fact label) it sits under; matches there weigh less than in the text.</param>
public sealed record IndexedDocument(string Id, IndexedDocumentKind Kind, string Text, string Heading);
