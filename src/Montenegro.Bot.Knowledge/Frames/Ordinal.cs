namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>Which one of several a question asks for.</summary>
public enum Ordinal
{
    /// <summary>No particular one.</summary>
    None,
    /// <summary>The earliest.</summary>
    First,
    /// <summary>The latest.</summary>
    Last,
    /// <summary>The largest.</summary>
    Highest,
    /// <summary>The smallest.</summary>
    Lowest,
}
