namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// Where a text shows words that matched the question, as neutral data: each renderer decides how to mark them
/// (bold in Discord, ANSI bold at a terminal, offsets in JSON).
/// </summary>
/// <param name="Start">Index of the first character (UTF-16 code unit, as <see cref="string"/> indexes) in the text it belongs to.</param>
/// <param name="Length">Number of characters (UTF-16 code units) the span covers; always positive.</param>
public readonly record struct HighlightSpan(int Start, int Length)
{
    /// <summary>Index just past the span's last character.</summary>
    public int End => Start + Length;
}
