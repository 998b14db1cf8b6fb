using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Search;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>
/// Whether a derived fact states what a curated fact states: the same passage and topic, a sentence that
/// holds some of the curated fact's evidence, the curated fact's entities among the derived fact's
/// (Montenegro and NATO aside: the curated facts leave them implicit), the same date where the curated fact
/// has one, and the same figures where it has a poll's.
/// </summary>
public static class CuratedMatch
{
    private static readonly HashSet<string> Implicit = new(StringComparer.Ordinal) { "montenegro", "nato" };

    /// <summary>Whether <paramref name="derived"/> states <paramref name="curated"/>; <paramref name="passageText"/> is the text of the passage both cite.</summary>
    public static bool Matches(Fact curated, Fact derived, string passageText)
    {
        ArgumentNullException.ThrowIfNull(curated);
        ArgumentNullException.ThrowIfNull(derived);
        ArgumentNullException.ThrowIfNull(passageText);
        return curated.PassageId == derived.PassageId
            && curated.Topic == derived.Topic
            && SameDate(curated.Date, derived.Date)
            && SameFigures(curated.Poll, derived.Poll)
            && Core(curated).IsSubsetOf(Core(derived))
            && SharesEvidence(curated, derived, FoldedSentences(passageText));
    }

    /// <summary>Whether <paramref name="derived"/> was read from a sentence of <paramref name="passageText"/> that holds some of <paramref name="curated"/>'s evidence.</summary>
    public static bool FromSameSentence(Fact curated, Fact derived, string passageText)
    {
        ArgumentNullException.ThrowIfNull(curated);
        ArgumentNullException.ThrowIfNull(derived);
        ArgumentNullException.ThrowIfNull(passageText);
        return curated.PassageId == derived.PassageId && SharesEvidence(curated, derived, FoldedSentences(passageText));
    }

    /// <summary>Whether the two facts name exactly the same entities, Montenegro and NATO aside: the strict reading of "the same entities".</summary>
    public static bool SameEntities(Fact curated, Fact derived)
    {
        ArgumentNullException.ThrowIfNull(curated);
        ArgumentNullException.ThrowIfNull(derived);
        return Core(curated).SetEquals(Core(derived));
    }

    /// <summary>
    /// <paramref name="derived"/> without the facts that a curated fact of <paramref name="curated"/> already speaks for: one that
    /// <see cref="Matches"/> it, one from a sentence a curated fact's evidence comes from (unless it leads with an entity the curated
    /// fact does not name: France beside a curated China in one sentence), or the same event told in another
    /// passage (<see cref="Retells"/>). Curated facts are corrections and additions: where one covers a sentence or an
    /// event, it wins over what extraction makes of the same words.
    /// </summary>
    public static List<Fact> NotCurated(IEnumerable<Fact> derived, IReadOnlyList<Fact> curated, IReadOnlyDictionary<string, Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(derived);
        ArgumentNullException.ThrowIfNull(curated);
        ArgumentNullException.ThrowIfNull(passages);
        var byPassage = curated.ToLookup(f => f.PassageId, StringComparer.Ordinal);
        var sentences = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string> SentencesOf(Passage passage) =>
            sentences.TryGetValue(passage.Id, out var split) ? split : sentences[passage.Id] = FoldedSentences(passage.Text);
        return derived.Where(d => !curated.Any(c => Retells(c, d))
            && (!passages.TryGetValue(d.PassageId, out var passage)
                || !byPassage[d.PassageId].Any(c => SpeaksFor(c, d) && SharesEvidence(c, d, SentencesOf(passage))))).ToList();
    }

    /// <summary>
    /// Whether <paramref name="derived"/> tells the event of <paramref name="curated"/> again, wherever it cites: the same topic,
    /// the same date to the month or the day, and no entity the curated fact does not name ("Montenegro officially joined NATO
    /// on 5 June 2017" in the lead retells the curated accession).
    /// </summary>
    public static bool Retells(Fact curated, Fact derived)
    {
        ArgumentNullException.ThrowIfNull(curated);
        ArgumentNullException.ThrowIfNull(derived);
        return curated.Topic == derived.Topic
            && curated.Date is { Month: not null } date && derived.Date is not null && date.Iso == derived.Date.Iso
            && Core(derived).IsSubsetOf(Core(curated));
    }

    // A curated fact speaks for what its sentence says of the entities it names: "China recognised … on 14 June" does not
    // speak for France's recognition in the same sentence, which would otherwise be lost ("my sources don't say when France
    // recognised Montenegro"). A derived fact led by Montenegro, NATO or no entity is the curated fact's own.
    private static bool SpeaksFor(Fact curated, Fact derived) =>
        derived.EntityIds.Count == 0 || Implicit.Contains(derived.EntityIds[0]) || curated.EntityIds.Contains(derived.EntityIds[0]);

    private static HashSet<string> Core(Fact fact)
    {
        var ids = fact.EntityIds.Where(id => !Implicit.Contains(id)).ToHashSet(StringComparer.Ordinal);
        return ids;
    }

    private static bool SameDate(FactDate? curated, FactDate? derived) =>
        curated is null || (derived is not null && curated.Iso == derived.Iso && (curated.Iso.Length > 0 || curated.Month is null || curated.Month == derived.Month));

    private static bool SameFigures(PollFigures? curated, PollFigures? derived) =>
        curated is null
        || (derived is not null && curated.For == derived.For && curated.Against == derived.Against && curated.Undecided == derived.Undecided && curated.GroupId == derived.GroupId);

    // The sentences as the extractor reads them ("…Washington, D.C. On 7 June 2017…" is two), so that a curated fact's evidence
    // in one does not speak for the facts of the next.
    private static List<string> FoldedSentences(string passageText) => FactExtractor.Sentences(passageText).Select(s => Fold(s.Text)).ToList();

    // Some of the curated evidence is in a sentence the derived evidence comes from.
    private static bool SharesEvidence(Fact curated, Fact derived, List<string> sentences)
    {
        var derivedEvidence = derived.Evidence.Select(Fold).ToList();
        var cited = sentences.Where(s => derivedEvidence.Any(d => s.Contains(d, StringComparison.Ordinal) || d.Contains(s, StringComparison.Ordinal))).ToList();
        return curated.Evidence.Select(Fold).Any(e => cited.Any(s => s.Contains(e, StringComparison.Ordinal)));
    }

    private static string Fold(string text) =>
        string.Join(' ', TextFolding.FoldToAscii(text).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
