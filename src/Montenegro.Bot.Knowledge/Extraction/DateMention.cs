using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>A date written in a passage.</summary>
/// <param name="Start">Offset of its first character in the passage.</param>
/// <param name="End">Offset just after its last character.</param>
/// <param name="Date">The date, its year taken from the paragraph when the text leaves it out.</param>
/// <param name="IsModifier">True for a year that only names something ("the 2008 Bucharest summit", "NATO's 1999 bombing"): a weaker clue to when the clause's event happened.</param>
public sealed record DateMention(int Start, int End, FactDate Date, bool IsModifier);
