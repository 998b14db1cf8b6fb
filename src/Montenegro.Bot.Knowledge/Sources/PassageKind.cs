namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>The structural unit a passage was cut from.</summary>
public enum PassageKind
{
    /// <summary>A paragraph of running text.</summary>
    Paragraph,

    /// <summary>A list, with the line that introduces it.</summary>
    List,

    /// <summary>One data row of a table, with its column headers.</summary>
    TableRow,

    /// <summary>"See also", references, links and infoboxes: kept for completeness, never used to answer.</summary>
    Navigation,
}
