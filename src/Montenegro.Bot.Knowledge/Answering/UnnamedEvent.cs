using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Search;

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

    /// <summary>
    /// Whether the question asks of it only as meant to happen ("who was supposed to be killed"): the sources may tell of the
    /// plan in words of their own ("would have included assassination"), so a decline may not say they never tell of it.
    /// </summary>
    public bool Intended { get; init; }

    /// <summary>
    /// The nouns by which the sources name the event of <paramref name="term"/> (an analysed verb no passage uses, "annex"),
    /// derived from it ("Annexation of Crimea"): when there are any, the event is no news to them, and saying they never tell
    /// of it is false.
    /// </summary>
    internal static IEnumerable<string> NounsNamingIt(string term, KnowledgeBase knowledge) =>
        Derivation.NounsOf(term, knowledge.Lexicon.Phrases(Cue.EventNounSuffix).Where(p => p.Length == 1).Select(p => p[0]))
            .Where(noun => knowledge.Index.PassageFrequency(noun) > 0);
}
