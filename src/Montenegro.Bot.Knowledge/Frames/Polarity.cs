namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>Which side of a question (for or against) it asks about.</summary>
public enum Polarity
{
    /// <summary>Neither side in particular.</summary>
    None,
    /// <summary>Those for.</summary>
    For,
    /// <summary>Those against.</summary>
    Against,
}
