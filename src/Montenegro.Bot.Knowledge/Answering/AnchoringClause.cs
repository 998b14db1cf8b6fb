using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// A question that ends by placing itself in time with a clause of its own ("How did Russia's embassy characterise Montenegro
/// after MPs approved the training mission?", "What status did Montenegro hold after accession talks concluded?"): the clause
/// names the event the question is asked after, which the sources tell in a sentence of their own, often not the one that
/// answers. Split off, it is the scene the question proper is asked in, as a lead-in is (<see cref="LeadInClause"/>).
/// </summary>
internal static partial class AnchoringClause
{
    // "after Russia did" or "after the vote" names a point in time; a lone name ("after Russia") is the order asked about.
    private const int MinSceneWords = 2;

    // The question proper must still ask something of something: "What happened after ..." asks only for what came next.
    private const int MinQuestionWords = 4;

    /// <summary>The question proper and the clause that anchors it in time, or null when <paramref name="question"/> has none.</summary>
    public static (string Question, string Scene)? Split(string question)
    {
        var match = Anchored().Match(question);
        if (!match.Success)
        {
            return null;
        }

        // "What did the DAMAR poll two weeks after 26 June 2016 show?": a span of time before the conjunction makes it part of
        // a date the question names, not a clause of its own.
        if (SpanBefore().IsMatch(match.Groups["asked"].Value))
        {
            return null;
        }

        var asked = match.Groups["asked"].Value.Trim(' ', ',') + "?";
        // "after accession talks concluded but before every ally had ratified": the first event is the scene; the second bounds
        // it, and the sources tell it apart.
        var scene = SecondBound().Split(match.Groups["scene"].Value)[0].Trim(' ', ',', '?', '.');
        return Words(asked) < MinQuestionWords || Words(scene) < MinSceneWords ? null : (asked, scene);
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // Only a "how" or "what" question: "which country recognised Montenegro after Russia did?" and "who spoke after the vote?"
    // ask for the one that came in that order, which the question proper alone no longer asks. The first conjunction of time
    // after the question's own words starts the clause.
    [GeneratedRegex(@"^(?<asked>(?:how|what)\b[^?]{8,}?)\s+(?:after|before|once|following|while|when|until)\s+(?<scene>[^?]+)\??\s*$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Anchored();

    [GeneratedRegex(@"(?:\b(?:days?|weeks?|months?|years?|hours?|shortly|soon|right|just|long|\d+)|\p{N})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SpanBefore();

    [GeneratedRegex(@"\s+(?:but|and|yet)\s+(?:after|before|once|following|while|when|until)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SecondBound();
}
