namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>How a clause hangs on the sentence.</summary>
internal enum ClauseKind
{
    /// <summary>The sentence's first clause, with its subject.</summary>
    Main,

    /// <summary>A clause joined by "and", "but" or a semicolon: a new statement, often sharing the subject.</summary>
    Coordinate,

    /// <summary>A "with ...", "while ...", "then ..." or participle clause: its own event, rarely its own subject.</summary>
    Subordinate,

    /// <summary>A "which ...", "who ...", "to which ..." clause about the thing named just before it.</summary>
    Relative,
}
