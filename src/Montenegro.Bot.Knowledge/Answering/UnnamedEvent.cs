namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// An event a question asks about whose verb no source uses: "was Zaytsev arrested" (passive) or "how many soldiers died"
/// (what the counted ones did).
/// </summary>
/// <param name="Verb">The question's own word for it ("arrested", "died").</param>
/// <param name="Passive">Whether the question puts it in the passive.</param>
public sealed record UnnamedEvent(string Verb, bool Passive)
{
    /// <summary>How a decline tells of it after "anyone or anything": "was arrested", "died".</summary>
    public string Telling => Passive ? "was " + Verb : Verb;
}
