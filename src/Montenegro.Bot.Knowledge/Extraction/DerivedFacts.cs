using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>
/// The facts the loader adds from the passages: what the extractor derives, less what tells an event another derived
/// fact tells better, less what a curated fact already speaks for, and less the people the curated facts already name.
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

    /// <summary>
    /// Of <paramref name="extracted"/> (from <see cref="Extract"/>), the facts no fact of <paramref name="curated"/> states, thin
    /// ones too: without the curated facts that covered their sentences, they answer "why" and "what did … say".
    /// </summary>
    public static List<Fact> From(PredicateLexicon lexicon, IReadOnlyList<Fact> extracted, IReadOnlyList<Passage> passages, IReadOnlyList<Fact> curated)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(curated);
        var derived = WithoutRetellings(extracted);
        var named = string.Join("\n", curated.Select(c => c.Statement).Concat(curated.SelectMany(c => c.Evidence)));
        return CuratedMatch.NotCurated(
            derived.Where(f => !(f.Predicate == FactExtractor.PersonPredicate && named.Contains(PersonName(f), StringComparison.Ordinal))),
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

    /// <summary>
    /// <paramref name="facts"/> less those that tell again an event another fact tells better: with a vaguer date (the same
    /// predicate done to the same named entities by the same ones, dated only to the year of the other's day or month: "NATO
    /// (which it joined as of 2017)" beside "Montenegro officially joined NATO on 5 June 2017"), or among more entities (the
    /// same predicate by the same subject on the same day, in a sentence that names others as well: "The European Council of
    /// Ministers recognized Montenegrin independence on 12 June, as did the United States" beside "The United States recognized
    /// the Republic of Montenegro on June 12, 2006").
    /// </summary>
    public static List<Fact> WithoutRetellings(IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        static HashSet<string> Named(Fact f) => f.EntityIds.Where(id => id is not ("montenegro" or "nato")).ToHashSet(StringComparer.Ordinal);
        bool Vaguer(Fact vague) => vague.Date is { Month: null, Year: { } year } && vague.Predicate is not null && vague.ObjectIds.Count > 0
            && facts.Any(precise => precise != vague && precise.Predicate == vague.Predicate && precise.Date is { Month: not null } date && date.Year == year
                && precise.ObjectIds.ToHashSet(StringComparer.Ordinal).SetEquals(vague.ObjectIds) && Named(precise).SetEquals(Named(vague)));
        // Told among others: the sentence names more entities, or tells the same of another state (a fact of the same
        // statement led by another entity).
        bool Crowded(Fact fact, Fact alone) => Named(alone).IsProperSubsetOf(Named(fact))
            || facts.Any(other => other != fact && other.Statement == fact.Statement && other.EntityIds.FirstOrDefault() != fact.EntityIds[0]);
        bool AmongMore(Fact crowded) => crowded.Date is { Day: not null } day && crowded.Predicate is not null && crowded.EntityIds.Count > 0
            && facts.Any(alone => alone != crowded && alone.Predicate == crowded.Predicate && alone.Date?.Iso == day.Iso && alone.Statement != crowded.Statement
                && alone.EntityIds.FirstOrDefault() == crowded.EntityIds[0] && Crowded(crowded, alone) && !Crowded(alone, crowded));
        return facts.Where(f => !Vaguer(f) && !AmongMore(f)).ToList();
    }

    /// <summary>
    /// <paramref name="derived"/> with the <see cref="Fact.Milestone"/> of the timeline table row (among <paramref name="table"/>)
    /// each tells (the first fact that tells it): the same topic, a date that agrees with the row's to the derived fact's month or day, and a word of the row's
    /// name in the statement ("In December 2009, Montenegro was granted a Membership Action Plan" and "Membership Action Plan |
    /// 2009-12-04"). The engine then shows the table's exact date beside the article's, as it did for the curated milestones.
    /// </summary>
    public static List<Fact> WithMilestones(IReadOnlyList<Fact> derived, IReadOnlyList<Fact> table)
    {
        ArgumentNullException.ThrowIfNull(derived);
        ArgumentNullException.ThrowIfNull(table);
        var milestones = table.Where(t => t.Milestone is not null && t.Date is { Day: not null }).ToList();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        return derived.Select(f =>
        {
            var row = f.Milestone is null && f.Date is { Month: not null } date
                ? milestones.FirstOrDefault(m => m.Topic == f.Topic && m.Date!.Iso.StartsWith(date.Iso, StringComparison.Ordinal) && NamesWordOf(f.Statement, m.Milestone!))
                : null;

            // One telling a row: the first (the article's lead before its body), not every sentence that retells it.
            return row is null || !linked.Add(row.Milestone!) ? f : f with { Milestone = row.Milestone };
        }).ToList();
    }

    // Whether the statement has a word of the milestone's name, to its first five letters ("ratified": "Domestic ratification").
    private static bool NamesWordOf(string statement, string milestone)
    {
        var words = Token.Split(statement).Select(t => t.Lower).ToList();
        return Token.Split(milestone).Select(t => t.Lower).Where(w => w.Length >= 4 && w is not "with" and not "from")
            .Any(w => words.Any(s => s.StartsWith(w[..Math.Min(5, w.Length)], StringComparison.Ordinal)));
    }

    /// <summary>
    /// The timeline row a fact dated only to its year tells ("joined PfP at the 2006 Riga summit": "Partnership for Peace |
    /// 2006-12-14"): the same topic and year, and the milestone named whole, in full or by its initials, which one word of it
    /// would not show. The fact keeps no milestone of its own, so it is not taken for that step elsewhere; only the answer
    /// that quotes it adds the row's day.
    /// </summary>
    public static Fact? RowOfYearDated(Fact fact, IEnumerable<Fact> table)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(table);
        return fact.Milestone is null && !fact.IsTimelineStep && fact.Date is { Month: null, Year: { } year }
            ? table.FirstOrDefault(m => m.IsTimelineStep && m.Milestone is not null && m.Topic == fact.Topic && m.Date is { Day: not null } d && d.Year == year && NamesWhole(fact.Statement, m.Milestone))
            : null;
    }

    // Whether the statement names the milestone in full ("Partnership for Peace") or by the initials of its words ("PfP").
    private static bool NamesWhole(string statement, string milestone)
    {
        var words = Token.Split(statement).Select(t => t.Lower).ToList();
        var name = Token.Split(milestone).Select(t => t.Lower).ToList();
        var initials = string.Concat(name.Select(w => w[0]));
        return name.Count > 1 && (words.Contains(initials) || Enumerable.Range(0, Math.Max(0, words.Count - name.Count + 1)).Any(i => words.Skip(i).Take(name.Count).SequenceEqual(name)));
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
