namespace Montenegro.Bot.Knowledge.Facts;

/// <summary>One statement the bot can make, with the passage that states it.</summary>
/// <param name="Id">Stable id, e.g. <c>recognition/russia</c>.</param>
/// <param name="Topic">What it is about: recognition, independence, membership, relations, nato, ratification, poll or ukraine.</param>
/// <param name="Label">A short title, e.g. "Russia's recognition".</param>
/// <param name="PassageId">The passage that states it.</param>
/// <param name="Statement">The statement as the bot says it, in the source's words as far as possible.</param>
/// <param name="EntityIds">Entities it is about (countries, organisations, groups).</param>
/// <param name="Date">When it happened, as the source dates it.</param>
/// <param name="Milestone">For NATO milestones, the name of the timeline-table event it corresponds to.</param>
/// <param name="Poll">For polls, its figures.</param>
/// <param name="Evidence">Exact strings of the passage that back the statement.</param>
public sealed record Fact(
    string Id,
    string Topic,
    string Label,
    string PassageId,
    string Statement,
    IReadOnlyList<string> EntityIds,
    FactDate? Date,
    string? Milestone,
    PollFigures? Poll,
    IReadOnlyList<string> Evidence)
{
    /// <summary>
    /// For a directed statement, whom it is done to, as the source names them: Kosovo in "Montenegro recognised
    /// Kosovo", Montenegro in "Iceland recognised Montenegro". Empty when the source leaves it implicit.
    /// The subject is the first of <see cref="EntityIds"/>.
    /// </summary>
    public IReadOnlyList<string> ObjectIds { get; init; } = [];

    /// <summary>Figures other than a poll's, as the source writes them: vote counts, sums of money, how many were expelled.</summary>
    public IReadOnlyList<FactFigure> Figures { get; init; } = [];

    /// <summary>
    /// For a fact derived from a sentence, the predicate of <c>data/predicates.json</c> it states (<c>recognise</c>,
    /// <c>establish-relations</c>, <c>join</c>, <c>poll</c>, …; <c>person</c> for a person with a role); null for curated facts.
    /// </summary>
    public string? Predicate { get; init; }

    /// <summary>
    /// Every predicate of <c>data/predicates.json</c> the fact states: its <see cref="Predicate"/> for a derived fact, those the
    /// extractor reads in its statement for a curated or table fact. Questions select facts by these, not by words written for them.
    /// </summary>
    public IReadOnlyList<string> Predicates { get; init; } = [];

    /// <summary>
    /// The words <c>data/predicates.json</c> states <see cref="Predicates"/> with ("recognised", "recognition", …), filled in at
    /// load from the lexicon, never written by hand: the fact is indexed with them so a question in other words of the same
    /// predicate finds it.
    /// </summary>
    public IReadOnlyList<string> PredicateWords { get; init; } = [];

    /// <summary>For a curated fact, why it is curated rather than derived from its sentence (data/facts.jsonl's <c>reason</c>).</summary>
    public string? Reason { get; init; }

    /// <summary>Whether this is a named step of the sources' NATO timeline table, not a sentence's telling of it.</summary>
    public bool IsTimelineStep => Id.StartsWith(TimelineTableParser.StepIdPrefix, StringComparison.Ordinal);
}
