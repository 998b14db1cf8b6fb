namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>One kind of statement the extractor looks for, as <c>data/predicates.json</c> describes it.</summary>
public sealed class Predicate
{
    internal Predicate(PredicateEntry entry, int priority)
    {
        Id = entry.Id!;
        Topic = entry.Topic;
        FixedTopic = entry.FixedTopic;
        Noun = string.IsNullOrWhiteSpace(entry.Noun) ? Id : entry.Noun;
        TopicNoun = string.IsNullOrWhiteSpace(entry.TopicNoun) ? null : entry.TopicNoun;
        Preposition = entry.Prep;
        Label = entry.Label;
        IsMutual = entry.Mutual;
        IsReporting = entry.Reporting;
        KindOf = entry.KindOf ?? [];
        Figures = Enum.TryParse<FigureKind>(entry.Figures, ignoreCase: true, out var figures) ? figures : FigureKind.None;
        Priority = priority;
        Triggers = (entry.Verbs ?? []).Select(t => new TriggerPattern(t))
            .Concat((entry.Nouns ?? []).Select(t => new TriggerPattern(t, isNoun: true)))
            .Where(t => !t.IsEmpty)
            .ToList();
        Blockers = (entry.Blockers ?? []).Select(t => new TriggerPattern(t)).Where(t => !t.IsEmpty).ToList();
        BlockersAfter = (entry.BlockersAfter ?? []).Select(t => new TriggerPattern(t)).Where(t => !t.IsEmpty).ToList();
        VerbPhrases = (entry.Verbs ?? [])
            .Select(t => string.Join(' ', t.Replace("...", " ", StringComparison.Ordinal).Replace("*", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Length > 0)
            .ToList();
        Phrases = (entry.Verbs ?? []).Concat(entry.Nouns ?? []).Prepend(Noun)
            .Select(t => string.Join(' ', t.Replace("...", " ", StringComparison.Ordinal).Replace("*", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        Words = Phrases.SelectMany(t => t.Split(' ')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Its verb triggers alone as plain phrases ("recognised", "diplomatic relations established").</summary>
    public IReadOnlyList<string> VerbPhrases { get; }

    /// <summary>Its triggers and title noun as plain phrases ("diplomatic relations established", "recognition"): a question names the predicate when it has every word of one.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>
    /// The words that state it ("recognised", "recognition", …): a fact is found by them whichever of them its statement
    /// uses, so that a question in other words of the same predicate reaches it.
    /// </summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>
    /// The predicates it is a kind of (a referendum is a vote): a text that states it answers a question that asks of them.
    /// </summary>
    public IReadOnlyList<string> KindOf { get; }

    /// <summary>Its id, e.g. <c>recognise</c>.</summary>
    public string Id { get; }

    /// <summary>The topic of its facts when the context does not give one; null to take the context's.</summary>
    public string? Topic { get; }

    /// <summary>Whether <see cref="Topic"/> holds whatever the context (recognitions are always "recognition").</summary>
    public bool FixedTopic { get; }

    /// <summary>The noun that titles its facts: "recognition" in "Russia's recognition".</summary>
    public string Noun { get; }

    /// <summary>
    /// The noun that titles its facts when they are of its own <see cref="Topic"/>, where the plain noun would not say which
    /// kind it is: "Montenegro's independence referendum" in a passage on independence, "referendum" elsewhere.
    /// </summary>
    public string? TopicNoun { get; }

    /// <summary>The word before what it is done to, in titles: "of" in "Montenegro's recognition of Kosovo".</summary>
    public string? Preposition { get; }

    /// <summary>A title that overrides noun and preposition, with <c>{subject}</c> for who it is about ("Support for {subject}").</summary>
    public string? Label { get; }

    /// <summary>Whether both sides do it together (diplomatic relations): its facts are titled by the partner.</summary>
    public bool IsMutual { get; }

    /// <summary>Whether it reports speech ("said", "reported"): what follows in its clause is what was said, not a fact.</summary>
    public bool IsReporting { get; }

    /// <summary>Which figures its facts carry.</summary>
    public FigureKind Figures { get; }

    /// <summary>Its place in the lexicon: earlier predicates win when one clause names several.</summary>
    public int Priority { get; }

    internal IReadOnlyList<TriggerPattern> Triggers { get; }

    internal IReadOnlyList<TriggerPattern> Blockers { get; }

    internal IReadOnlyList<TriggerPattern> BlockersAfter { get; }
}
