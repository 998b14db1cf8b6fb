namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>A clause of a sentence.</summary>
/// <param name="Start">Offset of its first character (its connective, if any) in the sentence.</param>
/// <param name="End">Offset just after its last character.</param>
/// <param name="Kind">How it hangs on the sentence.</param>
/// <param name="Continues">For the rest of a clause after an inset ("The resolution, which passed…, was supported…"), the clause it continues.</param>
internal sealed record Clause(int Start, int End, ClauseKind Kind, int? Continues = null);
