using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>
/// The facts the loader adds from the passages: what the extractor derives that says who, when or how many (a
/// bare "Statement" or "Debate" says no more than its passage, which retrieval already finds), less what a
/// curated fact already speaks for, and less the people the curated facts already name.
/// </summary>
public static class DerivedFacts
{
    /// <summary>
    /// Extracts facts from <paramref name="passages"/> with the predicate lexicon in <paramref name="dataPath"/> (none when it has
    /// no <c>predicates.json</c>) and leaves out those that a fact of <paramref name="curated"/> states: curated facts are
    /// corrections and additions, and win.
    /// </summary>
    public static List<Fact> From(
        string dataPath,
        IReadOnlyList<SourceDocument> sources,
        IReadOnlyList<Passage> passages,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<Fact> curated)
    {
        ArgumentNullException.ThrowIfNull(dataPath);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(curated);
        var lexicon = PredicateLexicon.Load(Path.Combine(dataPath, PredicateLexicon.FileName));
        var derived = new FactExtractor(lexicon, entities).Extract(passages, sources.ToDictionary(s => s.Id, StringComparer.Ordinal));
        var named = string.Join("\n", curated.Select(c => c.Statement).Concat(curated.SelectMany(c => c.Evidence)));
        return CuratedMatch.NotCurated(
            derived.Where(f => IsInformative(f, lexicon) && !(f.Predicate == FactExtractor.PersonPredicate && named.Contains(PersonName(f), StringComparison.Ordinal))),
            curated,
            passages.ToDictionary(p => p.Id, StringComparer.Ordinal));
    }

    // A person fact is titled "Name, role".
    private static string PersonName(Fact fact) => fact.Label.Split(", ", 2)[0];

    /// <summary>Whether a derived fact says more than its sentence's words: a date, figures, a recognition or relations (whatever their date), or a person's role.</summary>
    public static bool IsInformative(Fact fact, PredicateLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(lexicon);
        return fact.Date is not null || fact.Poll is not null || fact.Figures.Count > 0 || fact.Topic == lexicon.PersonTopic
            || lexicon.Predicates.Any(p => p.FixedTopic && p.Topic == fact.Topic);
    }
}
