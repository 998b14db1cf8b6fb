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
        return From(PredicateLexicon.Load(Path.Combine(dataPath, PredicateLexicon.FileName)), sources, passages, entities, curated);
    }

    /// <summary>As <see cref="From(string, IReadOnlyList{SourceDocument}, IReadOnlyList{Passage}, IReadOnlyList{Entity}, IReadOnlyList{Fact})"/>, with a loaded <paramref name="lexicon"/>.</summary>
    public static List<Fact> From(
        PredicateLexicon lexicon,
        IReadOnlyList<SourceDocument> sources,
        IReadOnlyList<Passage> passages,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<Fact> curated)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(curated);
        return From(lexicon, Extract(lexicon, sources, passages, entities), passages, curated);
    }

    /// <summary>Of <paramref name="extracted"/> (from <see cref="Extract"/>), the informative facts no fact of <paramref name="curated"/> states.</summary>
    public static List<Fact> From(PredicateLexicon lexicon, IReadOnlyList<Fact> extracted, IReadOnlyList<Passage> passages, IReadOnlyList<Fact> curated)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(curated);
        var derived = extracted;
        var named = string.Join("\n", curated.Select(c => c.Statement).Concat(curated.SelectMany(c => c.Evidence)));
        return CuratedMatch.NotCurated(
            derived.Where(f => IsInformative(f, lexicon) && !(f.Predicate == FactExtractor.PersonPredicate && named.Contains(PersonName(f), StringComparison.Ordinal))),
            curated,
            passages.ToDictionary(p => p.Id, StringComparer.Ordinal));
    }

    /// <summary>Every fact the extractor reads in <paramref name="passages"/>, informative or not, curated or not.</summary>
    public static List<Fact> Extract(PredicateLexicon lexicon, IReadOnlyList<SourceDocument> sources, IReadOnlyList<Passage> passages, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(sources);
        return new FactExtractor(lexicon, entities).Extract(passages, sources.ToDictionary(s => s.Id, StringComparer.Ordinal));
    }

    /// <summary>
    /// <paramref name="facts"/> with <see cref="Fact.Predicates"/> filled in: a derived fact's own predicate; for a curated or
    /// table fact, every predicate the extractor reads in its statement and in the sentences its evidence comes from
    /// (<paramref name="extracted"/>, from <see cref="Extract"/>). This is how facts are matched to a question's predicate.
    /// </summary>
    public static List<Fact> WithPredicates(
        IEnumerable<Fact> facts,
        PredicateLexicon lexicon,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<Fact> extracted,
        IReadOnlyDictionary<string, Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(passages);
        var vocabulary = passages.Values.SelectMany(p => Token.Split(p.Text)).Select(t => t.Lower).ToHashSet(StringComparer.Ordinal);
        var extractor = new FactExtractor(lexicon, entities, vocabulary);
        var byPassage = extracted.ToLookup(f => f.PassageId, StringComparer.Ordinal);
        var byId = lexicon.Predicates.ToDictionary(p => p.Id, StringComparer.Ordinal);
        return facts.Select(f =>
        {
            var fromSentences = f.Predicate is not null || !passages.TryGetValue(f.PassageId, out var passage)
                ? []
                : byPassage[f.PassageId].Where(d => d.Predicate is not null && CuratedMatch.FromSameSentence(f, d, passage.Text)).Select(d => d.Predicate!);
            var stated = (f.Predicate is null ? [] : new[] { f.Predicate })
                .Concat(f.Predicates)
                .Concat(extractor.PredicatesIn(f.Statement, f.Date))
                .Concat(fromSentences)
                .Where(p => p != FactExtractor.PersonPredicate)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return f with
            {
                Predicates = stated,
                PredicateWords = stated.SelectMany(id => byId.TryGetValue(id, out var p) ? p.Words : []).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            };
        }).ToList();
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
