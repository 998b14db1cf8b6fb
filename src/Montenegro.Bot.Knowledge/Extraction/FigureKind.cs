namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>Which figures a predicate's facts carry.</summary>
public enum FigureKind
{
    /// <summary>None.</summary>
    None,

    /// <summary>Shares for and against (and undecided) in an opinion poll, per population group.</summary>
    Poll,

    /// <summary>Votes for, against and abstentions.</summary>
    Vote,

    /// <summary>A sum of money with its currency.</summary>
    Money,

    /// <summary>How many people it concerned ("six more Russian diplomats").</summary>
    Count,
}
