namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Which side of a sentence's cause the question's subject stands on, when the sentence leads from a cause to its effect
/// ("the memory of the 1999 bombing forms a crucial part of the opposition", "the invasion drove relationships down"): the
/// subject said after the lead is the effect, and the sentence gives its cause; the subject said only before it is the cause
/// itself, and the sentence tells what it brought about, not why it happened ("why did NATO bomb Yugoslavia?").
/// </summary>
internal enum CauseSide
{
    /// <summary>The sentence has no lead from cause to effect, or says the subject on neither side.</summary>
    None,

    /// <summary>The subject is what the sentence's cause brought about: the sentence gives its cause.</summary>
    Effect,

    /// <summary>The subject is the cause the sentence tells the effect of: no cause of it.</summary>
    Cause,
}
