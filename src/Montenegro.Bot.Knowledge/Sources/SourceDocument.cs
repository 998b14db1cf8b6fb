namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>One of the documents the bot answers from, with the metadata a citation needs.</summary>
/// <param name="Id">Stable identifier, also the first segment of every passage id.</param>
/// <param name="Title">The document's title as it is cited.</param>
/// <param name="Kind">What the document is, e.g. "Encyclopedia article" or "News report".</param>
/// <param name="Publisher">Who published it, when known.</param>
/// <param name="Url">Where it can be read, when known.</param>
/// <param name="Licence">The licence it is used under.</param>
/// <param name="Period">The period it covers.</param>
/// <param name="Notes">What a reader should know about gaps in the copy.</param>
public sealed record SourceDocument(
    string Id,
    string Title,
    string Kind,
    string? Publisher,
    string? Url,
    string Licence,
    string Period,
    string? Notes);
