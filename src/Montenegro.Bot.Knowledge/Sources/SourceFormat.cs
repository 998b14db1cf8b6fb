namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>How a source file is cut into passages, chosen by its extension.</summary>
internal enum SourceFormat
{
    /// <summary>Plain text, wiki-style markup or a bare extract (<see cref="PassageSplitter"/>).</summary>
    Text,

    /// <summary>Markdown (<see cref="MarkdownSplitter"/>).</summary>
    Markdown,

    /// <summary>An HTML page, of which only the main text is kept (<see cref="HtmlSplitter"/>).</summary>
    Html,
}
