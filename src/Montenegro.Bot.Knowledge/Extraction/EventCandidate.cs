namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>A predicate's trigger found in a clause, with what the extractor worked out around it.</summary>
internal sealed class EventCandidate(Predicate predicate, int clause, int first, int last, bool isNoun)
{
    public Predicate Predicate { get; } = predicate;

    /// <summary>Whether a noun names it ("recognition") rather than a verb ("recognised").</summary>
    public bool IsNoun { get; } = isNoun;

    /// <summary>Whether its verb is passive ("was granted", "being expelled"): the subject before it undergoes it.</summary>
    public bool IsPassive { get; set; }

    /// <summary>The clause the trigger stands in.</summary>
    public int Clause { get; } = clause;

    /// <summary>The trigger's first word.</summary>
    public int First { get; } = first;

    /// <summary>The trigger's last word.</summary>
    public int Last { get; } = last;

    /// <summary>The last clause it speaks for: a reporting verb's clause runs on over the clauses that say what was said.</summary>
    public int LastClause { get; set; } = clause;

    /// <summary>Who does it, first the grammatical subject, then those joined to it ("France and China", "as did the United States").</summary>
    public List<Participant> Subjects { get; } = [];

    /// <summary>Whether <see cref="Subjects"/> do it, rather than undergo it (a passive verb without "by").</summary>
    public bool SubjectActs => !IsPassive || HasAgent;

    /// <summary>Whether the subject was found after "by" ("issued by the alliance").</summary>
    public bool HasAgent { get; set; }

    /// <summary>Whether the clause names its subject itself, rather than by a pronoun or through an earlier clause.</summary>
    public bool SubjectInClause { get; set; }

    /// <summary>What it is done to, as the clause names it.</summary>
    public List<Participant> Objects { get; } = [];

    /// <summary>The preposition the text puts before <see cref="Objects"/> ("applied to NATO"), if any.</summary>
    public string? ObjectPreposition { get; set; }

    /// <summary>The words right after a verb trigger that say what it was ("an Individual Partnership Action Plan").</summary>
    public string? ObjectPhrase { get; set; }

    /// <summary>For a relative clause, the entity it is about ("the United Nations, to which…").</summary>
    public Participant? Antecedent { get; set; }

    public DateMention? Date { get; set; }
}
