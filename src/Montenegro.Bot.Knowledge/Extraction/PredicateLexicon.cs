using System.Text.Json;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>
/// The predicate lexicon of <c>data/predicates.json</c>: per predicate, the English words that state it,
/// the words that make them something else, its topic and how its facts are titled; plus the domains,
/// place names, pronouns, roles and figure words the extractor reads sentences with.
/// </summary>
public sealed class PredicateLexicon
{
    /// <summary>The lexicon file inside the data directory.</summary>
    public const string FileName = "predicates.json";

    private PredicateLexicon(PredicateFile file)
    {
        Predicates = (file.Predicates ?? [])
            .Where(p => !string.IsNullOrWhiteSpace(p.Id))
            .Select((p, i) => new Predicate(p, i))
            .ToList();
        Domains = (file.Domains ?? [])
            .Where(d => !string.IsNullOrWhiteSpace(d.Topic))
            .Select(d => new Domain(d.Topic!, d.Entity, (d.Words ?? []).Select(w => new TriggerPattern(w)).Where(w => !w.IsEmpty).ToList()))
            .ToList();
        RelationsHeadingWords = Lowered(file.RelationsHeadingWords);
        RelationsTopic = file.RelationsTopic ?? "relations";
        FallbackTopic = file.FallbackTopic ?? "relations";
        PersonTopic = file.PersonTopic ?? "person";
        Locations = new HashSet<string>((file.Locations ?? []).Select(l => Sources.TextFolding.FoldToAscii(l).ToLowerInvariant()), StringComparer.Ordinal);
        Pronouns = Patterns(file.Pronouns);
        Roles = Patterns(file.Roles).OrderByDescending(r => r.Length).ToList();
        RoleWords = Roles.SelectMany(r => r.Text.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Triggers = new PatternIndex<Predicate>(Predicates.SelectMany(p => p.Triggers.Select(t => (t, p))));
        RoleIndex = new PatternIndex<TriggerPattern>(Roles.Select(r => (r, r)));
        PollFor = Patterns(file.Poll?.For);
        PollAgainst = Patterns(file.Poll?.Against);
        PollUndecided = Patterns(file.Poll?.Undecided);
        PollNotMembership = Patterns(file.Poll?.NotMembership);
        Counted = Lowered(file.Counted);
        MoneyUnits = (file.Money ?? []).Where(m => m.Length > 0).ToList();
    }

    /// <summary>A lexicon with no predicates: nothing is extracted.</summary>
    public static PredicateLexicon Empty { get; } = new(new PredicateFile(null, null, null, null, null, null, null, null, null, null, null, null));

    /// <summary>The predicates, in priority order.</summary>
    public IReadOnlyList<Predicate> Predicates { get; }

    internal IReadOnlyList<Domain> Domains { get; }

    internal IReadOnlySet<string> RelationsHeadingWords { get; }

    internal string RelationsTopic { get; }

    internal string FallbackTopic { get; }

    /// <summary>The topic of the facts about people and their roles.</summary>
    public string PersonTopic { get; }

    internal IReadOnlySet<string> Locations { get; }

    internal IReadOnlyList<TriggerPattern> Pronouns { get; }

    internal IReadOnlyList<TriggerPattern> Roles { get; }

    /// <summary>The predicate with id <paramref name="id"/>, or null.</summary>
    public Predicate? Find(string id) => Predicates.FirstOrDefault(p => p.Id == id);

    /// <summary>The roles people hold, as the lexicon writes them ("prime minister", "ambassador").</summary>
    public IReadOnlyList<string> RoleNames => Roles.Select(r => r.Text).ToList();

    /// <summary>The words of the roles' names ("prime", "minister", "speaker"), in any case.</summary>
    public IReadOnlySet<string> RoleWords { get; }

    /// <summary>Every predicate's triggers, by first word.</summary>
    internal PatternIndex<Predicate> Triggers { get; }

    /// <summary>The roles, by first word.</summary>
    internal PatternIndex<TriggerPattern> RoleIndex { get; }

    internal IReadOnlyList<TriggerPattern> PollFor { get; }

    internal IReadOnlyList<TriggerPattern> PollAgainst { get; }

    internal IReadOnlyList<TriggerPattern> PollUndecided { get; }

    internal IReadOnlyList<TriggerPattern> PollNotMembership { get; }

    internal IReadOnlySet<string> Counted { get; }

    internal IReadOnlyList<string> MoneyUnits { get; }

    /// <summary>Reads <paramref name="path"/>; a missing file gives <see cref="Empty"/>, a broken one a <see cref="KnowledgeLoadException"/> naming its line.</summary>
    public static PredicateLexicon Load(string path) =>
        DataFileJson.Read(path, PredicateJsonContext.Default.PredicateFile) is { } file ? new PredicateLexicon(file) : Empty;

    private static List<TriggerPattern> Patterns(string[]? words) =>
        (words ?? []).Select(w => new TriggerPattern(w)).Where(w => !w.IsEmpty).ToList();

    private static HashSet<string> Lowered(string[]? words) =>
        new((words ?? []).Select(w => Sources.TextFolding.FoldToAscii(w).ToLowerInvariant()), StringComparer.Ordinal);
}
