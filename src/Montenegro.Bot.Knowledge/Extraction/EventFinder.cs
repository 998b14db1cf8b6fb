namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>
/// Finds the predicates a sentence states, clause by clause: the triggers that are not blocked ("requested
/// recognition", "to join", "joining the EU became a key goal"), not part of a name ("United States") and not
/// inside what a reporting verb reports, each with its subject, object and the date nearest to it in its clause.
/// </summary>
internal sealed class EventFinder
{
    private const int ObjectWindow = 3;
    private const int AgentWindow = 4;
    private const int PossessorReach = 4;
    private const int MaxObjectPhraseWords = 5;

    // A clause's comma between a date and a trigger makes the date a worse guess: "Initially strong from 2006, relations slipped from 2010".
    private const int PunctuationPenalty = 3;

    // A verb right after these is an intention or a possibility, not a fact: "bid to join", "would destroy".
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "to", "would", "will", "could", "should", "might", "must", "may" };

    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal) { "was", "were", "been", "being", "be", "is", "are" };

    // An entity after these is not the clause's subject: "the reaction of the Russian government", "to join NATO".
    private static readonly HashSet<string> NotBeforeSubject = new(StringComparer.Ordinal)
    {
        "of", "to", "in", "at", "for", "from", "with", "by", "into", "on", "against", "about", "between", "among", "under", "over",
        "after", "before", "during", "towards", "toward", "join", "joining", "than", "via", "including", "seeking", "stop", "like", "despite",
    };

    // Words ending like verbs that are not.
    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "during", "including", "according", "following", "regarding", "concerning", "pending", "notwithstanding", "something", "nothing", "anything",
        "united", "limited", "hundred", "interested", "related", "based", "armed", "allied", "proposed",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "to", "with", "of", "into", "from", "on", "in", "for", "at", "against", "by" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "its", "their", "a", "an", "his", "her", "several", "many" };

    // Verbs that take an event noun as their object: "Russia gave official recognition", "issuing a sharp rebuke".
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "gave", "give", "gives", "extended", "extends", "extending", "received", "receives", "made", "makes", "paid", "pays", "held", "holds",
        "issued", "issues", "issuing", "launched", "opened", "sent", "began", "transformed", "closed", "closing", "signed", "expressed", "has", "had",
    };

    // Words that end the phrase naming what a verb acted on.
    private static readonly HashSet<string> PhraseStops = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "by", "from", "as", "with", "after", "before", "during", "since", "until", "when", "while", "which", "who", "that",
        "and", "but", "following", "to", "for", "under", "into", "between", "later", "soon", "then", "also", "being", "was", "were", "is", "are",
        "back", "again", "already",
    };

    private readonly PredicateLexicon _lexicon;

    public EventFinder(PredicateLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The events of <paramref name="sentence"/>; <paramref name="previousSubject"/> is what "it" or "the country" stands for.</summary>
    public List<EventCandidate> Find(AnalysedSentence sentence, Participant? previousSubject)
    {
        var events = new List<EventCandidate>();
        for (var c = 0; c < sentence.Clauses.Count; c++)
        {
            events.AddRange(TriggersIn(sentence, c));
        }

        events = LeaveOutReported(sentence, events);
        Participant? carried = null;
        foreach (var e in events.OrderBy(e => e.First))
        {
            var clause = sentence.Clauses[e.Clause];
            if (clause.Kind == ClauseKind.Coordinate && e.Clause > 0 && sentence.Clauses[e.Clause - 1].Kind == ClauseKind.Relative)
            {
                // "…Dmitry Senin, a former Russian FSB Colonel who had fled Russia in 2017 and had been granted asylum."
                carried = AntecedentOf(sentence, e.Clause - 1) ?? carried;
            }

            FindParticipants(sentence, e, previousSubject, carried);
            carried = e.Subjects.FirstOrDefault() ?? carried;
        }

        // One statement of a predicate a clause: "Ratification … was completed with Spain's ratification" is one,
        // "China transformed its consulate into an embassy" too.
        events = events
            .GroupBy(e => (e.Clause, e.Predicate.Id))
            .Select(g => g.OrderByDescending(e => e.SubjectInClause).ThenBy(e => e.First).First())
            .OrderBy(e => e.First)
            .ToList();
        AssignDates(sentence, events);
        GiveRelativeClauseDates(sentence, events);
        GiveWhenClauseDates(sentence, events);

        // "signed a transit agreement", "the failed Russian military coup … was a turning point": a dateless
        // predicate beside a dated one of the same clause and subject is the same statement in other words.
        // Recognitions, relations and polls are never folded away.
        int Host(EventCandidate e) => sentence.Clauses[e.Clause].Continues ?? e.Clause;
        return events.Where(e => e.Date is not null || e.Predicate.FixedTopic
            || !events.Any(o => o != e && Host(o) == Host(e) && o.Date is not null && SameSubject(o, e))).ToList();
    }

    private static bool SameSubject(EventCandidate a, EventCandidate b) =>
        a.Subjects.FirstOrDefault()?.Name == b.Subjects.FirstOrDefault()?.Name;

    /// <summary>What "it" or "the country" in the sentence after this one stands for: this one's subject.</summary>
    public static Participant? SubjectOf(AnalysedSentence sentence, List<EventCandidate> events)
    {
        var main = events.FirstOrDefault(e => e.Clause == 0 && e.SubjectInClause && e.SubjectActs);
        if (main is not null)
        {
            return main.Subjects[0];
        }

        // Else an entity that opens the sentence, after a date and "the": "In November 2007, Montenegro signed…".
        var start = 0;
        var date = sentence.Dates.FirstOrDefault(d => sentence.TokenAt(d.Start) <= 1);
        if (date is not null)
        {
            start = sentence.TokenAt(date.End);
        }

        while (start < sentence.Tokens.Count && Determiners.Contains(sentence.Tokens[start].Lower))
        {
            start++;
        }

        var first = sentence.Mentions.FirstOrDefault(m => m.First == start);
        return first is null ? null : Participant.Of(first.Entity);
    }

    private IEnumerable<EventCandidate> TriggersIn(AnalysedSentence sentence, int clause)
    {
        var (from, to) = sentence.TokenRange(clause);
        var tokens = sentence.Tokens;
        var found = new List<(Predicate Predicate, TriggerPattern Trigger, int First, int Last)>();
        for (var first = from; first < to; first++)
        {
            foreach (var (trigger, predicate, last) in _lexicon.Triggers.MatchesAt(tokens, first, to))
            {
                if (!IsBlocked(sentence, predicate, first, last, from, to) && !InName(sentence, first, last))
                {
                    found.Add((predicate, trigger, first, last));
                }
            }
        }

        // Overlapping triggers: the longer wins ("do not support" over "support"), then the earlier predicate.
        var kept = new List<(Predicate Predicate, TriggerPattern Trigger, int First, int Last)>();
        foreach (var f in found.OrderByDescending(f => f.Trigger.Length).ThenBy(f => f.Predicate.Priority))
        {
            if (!kept.Any(k => f.First <= k.Last && k.First <= f.Last))
            {
                kept.Add(f);
            }
        }

        return kept.OrderBy(k => k.First).Select(k => new EventCandidate(k.Predicate, clause, k.First, k.Last, k.Trigger.IsNoun));
    }

    private static bool IsBlocked(AnalysedSentence sentence, Predicate predicate, int first, int last, int clauseStart, int clauseEnd)
    {
        if (first > clauseStart && Modals.Contains(sentence.Tokens[first - 1].Lower))
        {
            return true;
        }

        return predicate.Blockers.Any(b => b.Matches(sentence.Tokens, clauseStart, first).Any(m => m.Last < first))
            || predicate.BlockersAfter.Any(b => b.Matches(sentence.Tokens, last + 1, clauseEnd).Any());
    }

    // "United States", "Secretary General": words of a name are not triggers.
    private static bool InName(AnalysedSentence sentence, int first, int last) =>
        sentence.Mentions.Any(m => first <= m.Last && m.First <= last)
        || sentence.People.Any(p => first <= p.NameLast && p.NameFirst <= last);

    // What a reporting verb reports runs to the end of its clause and over the clauses that hang on it, up to
    // the next "and"/"but"/semicolon clause: the events named there are what was said, not facts.
    private static List<EventCandidate> LeaveOutReported(AnalysedSentence sentence, List<EventCandidate> events)
    {
        var kept = new List<EventCandidate>();
        EventCandidate? reporter = null;
        foreach (var e in events.OrderBy(e => e.First))
        {
            if (reporter is not null && e.Clause != reporter.Clause && sentence.Clauses[e.Clause].Kind == ClauseKind.Coordinate)
            {
                reporter = null;
            }

            if (reporter is not null)
            {
                continue;
            }

            kept.Add(e);
            if (e.Predicate.IsReporting)
            {
                reporter = e;
            }
        }

        foreach (var r in kept.Where(e => e.Predicate.IsReporting))
        {
            var last = r.Clause;
            while (last + 1 < sentence.Clauses.Count && sentence.Clauses[last + 1].Kind != ClauseKind.Coordinate)
            {
                last++;
            }

            r.LastClause = last;
        }

        return kept;
    }

    private void FindParticipants(AnalysedSentence sentence, EventCandidate e, Participant? previousSubject, Participant? carried)
    {
        var (from, to) = sentence.TokenRange(e.Clause);
        var clause = sentence.Clauses[e.Clause];
        var relative = clause.Kind == ClauseKind.Relative;
        e.Antecedent = relative ? AntecedentOf(sentence, e.Clause) : null;

        // "to which it was admitted", "which it joined": the antecedent is what the clause's subject acts on.
        var antecedentIsObject = relative && (RelativeAfterPreposition(sentence, from) || RelativeThenSubject(sentence, from));
        e.IsPassive = !e.IsNoun && (Enumerable.Range(Math.Max(from, e.First - 2), e.First - Math.Max(from, e.First - 2))
            .Any(i => PassiveAuxiliaries.Contains(sentence.Tokens[i].Lower)) || IsReducedRelative(sentence, e, from));

        var agent = AgentAfter(sentence, e, to);
        e.HasAgent = agent is not null;

        // "which had governed Montenegro since 1991 and supports membership": the pronoun is the subject, Montenegro is not.
        var subject = agent ?? (relative && !antecedentIsObject ? null : SubjectBefore(sentence, e, from));
        if (subject is not null)
        {
            e.Subjects.AddRange(subject);
            e.SubjectInClause = true;
        }
        else if (StartsWithPronoun(sentence, relative ? from + 1 : from, e.First) && previousSubject is not null)
        {
            e.Subjects.Add(previousSubject);
        }
        else if (e.Antecedent is not null && !antecedentIsObject)
        {
            e.Subjects.Add(e.Antecedent);
        }
        else if (carried is not null && (clause.Kind == ClauseKind.Coordinate || (clause.Kind == ClauseKind.Subordinate && OpensWithParticiple(sentence, from))))
        {
            e.Subjects.Add(carried);
        }

        // "…recognized Montenegrin independence on 12 June, as did the United States."
        for (var i = e.Last + 1; i + 2 < to; i++)
        {
            if (sentence.Tokens[i].Lower == "as" && sentence.Tokens[i + 1].Lower == "did"
                && sentence.Mentions.FirstOrDefault(m => m.First >= i + 2 && m.First <= i + 3) is { } also)
            {
                e.Subjects.Add(Participant.Of(also.Entity));
            }
        }

        // What a reporting verb reports is not its object: "claims Montenegro cannot afford…".
        var target = e.Predicate.IsReporting ? null : ObjectAfter(sentence, e, to);
        if (target is { } found)
        {
            e.Objects.Add(Participant.Of(found.Mention.Entity));
            e.ObjectPreposition = found.Preposition;
        }
        else if (e.Antecedent is not null && antecedentIsObject)
        {
            e.Objects.Add(e.Antecedent);
            e.ObjectPreposition = RelativeAfterPreposition(sentence, from) ? sentence.Tokens[from].Lower : null;
        }

        e.ObjectPhrase = ObjectPhrase(sentence, e, to);
    }

    // ", issuing a sharp rebuke", ", allowing the alliance's troops…": the clause shares the sentence's subject.
    private static bool OpensWithParticiple(AnalysedSentence sentence, int from) =>
        from < sentence.Tokens.Count && sentence.Tokens[from].Lower.EndsWith("ing", StringComparison.Ordinal) && !NotVerbs.Contains(sentence.Tokens[from].Lower);

    // "a Russian military intelligence officer previously expelled from Poland", "five diplomats expelled in
    // March": a participle right after a common noun and before a preposition says what was done to the noun.
    private static bool IsReducedRelative(AnalysedSentence sentence, EventCandidate e, int from)
    {
        if (e.Predicate.IsReporting || e.Last + 1 >= sentence.Tokens.Count || !Prepositions.Contains(sentence.Tokens[e.Last + 1].Lower)
            || !sentence.Tokens[e.First].Lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        var previous = e.First - 1;
        while (previous >= from && (sentence.Tokens[previous].Lower.EndsWith("ly", StringComparison.Ordinal) || Adverbs.Contains(sentence.Tokens[previous].Lower)))
        {
            previous--;
        }

        if (previous < from)
        {
            return false;
        }

        // The noun must itself hang on something ("including a … officer", "with five diplomats"): at the head of
        // its clause it is the subject ("The country then applied for…").
        var word = sentence.Tokens[previous];
        var governed = Enumerable.Range(from, previous - from).Any(i => IsVerb(sentence.Tokens[i]) || NotBeforeSubject.Contains(sentence.Tokens[i].Lower));
        return governed && char.IsLower(word.Text[0]) && !NotNouns.Contains(word.Lower) && !sentence.Mentions.Any(m => m.Last == previous);
    }

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal) { "then", "also", "later", "subsequently", "soon", "again", "already", "since", "once" };

    // Words before a verb that are not the noun it describes: "it deposited", "which was granted".
    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "it", "they", "he", "she", "we", "which", "who", "that", "and", "or", "but", "had", "has", "have", "was", "were", "is", "are", "be", "been", "being",
    };

    // "A formal invitation was issued by the alliance": the entity after "by" does it.
    private static List<Participant>? AgentAfter(AnalysedSentence sentence, EventCandidate e, int to)
    {
        for (var i = e.Last + 1; i < to && i <= e.Last + AgentWindow; i++)
        {
            if (sentence.Mentions.Any(m => m.First == i) || sentence.Text[sentence.Tokens[i - 1].End..sentence.Tokens[i].Start].Contains(','))
            {
                return null;
            }

            if (sentence.Tokens[i].Lower != "by")
            {
                continue;
            }

            var next = i + 1;
            while (next < to && Determiners.Contains(sentence.Tokens[next].Lower) && !sentence.Mentions.Any(m => m.First == next))
            {
                next++;
            }

            var mention = sentence.Mentions.FirstOrDefault(m => m.First == next);
            var person = sentence.People.FirstOrDefault(p => p.First == next);
            return mention is not null ? [Participant.Of(mention.Entity)] : person is not null ? [Participant.Of(person, sentence)] : null;
        }

        return null;
    }

    // A verb's subject is the nearest entity or person before it that no preposition governs (or one right
    // before it: "with Montenegro joining…"), with the entities of its kind joined to it by "and" or commas.
    // A noun's is its possessor, an entity right before it ("the Russian Embassy"), or the subject of the verb
    // it is the object of ("Russia gave official recognition").
    private static List<Participant>? SubjectBefore(AnalysedSentence sentence, EventCandidate e, int from)
    {
        var tokens = sentence.Tokens;
        var possessor = sentence.Mentions.LastOrDefault(m => m.First >= from && m.Last + 1 < e.First && m.Last + PossessorReach >= e.First
            && tokens[m.Last + 1].Lower == "s" && sentence.Text[tokens[m.Last].End..tokens[m.Last + 1].Start] is "'" or "’");
        if (possessor is not null)
        {
            return [Participant.Of(possessor.Entity)];
        }

        if (e.IsNoun)
        {
            // "the Russian Embassy", "the failed Russian military coup", "the Montenegrin embassy in China"
            var adjacent = sentence.Mentions.LastOrDefault(m => m.First >= from && m.Last < e.First && e.First - m.Last <= 2
                && sentence.Text[tokens[m.Last].End..tokens[e.First].Start].All(ch => char.IsLetter(ch) || ch == ' '));
            if (adjacent is not null)
            {
                return [Participant.Of(adjacent.Entity)];
            }
        }

        var people = sentence.People.Where(p => p.First >= from && p.Last < e.First && !Governed(tokens, p.First, from))
            .Select(p => (p.First, p.Last, Participant: Participant.Of(p, sentence), Mention: (LocatedMention?)null));
        var entities = sentence.Mentions.Where(m => m.First >= from && m.Last < e.First
                && (!Governed(tokens, m.First, from) || (!e.IsNoun && m.Last + 1 == e.First))
                && !sentence.People.Any(p => m.First >= p.First && m.Last <= p.Last))
            .Select(m => (m.First, m.Last, Participant: Participant.Of(m.Entity), Mention: (LocatedMention?)m));
        var nearest = people.Concat(entities).OrderByDescending(c => c.Last).FirstOrDefault();
        if (nearest.Participant is null)
        {
            return null;
        }

        // A noun takes the subject of the verb it follows: a verb must stand between them.
        if (e.IsNoun && !Enumerable.Range(nearest.Last + 1, Math.Max(0, e.First - nearest.Last - 1)).Any(i => IsVerb(tokens[i])))
        {
            return null;
        }

        var group = new List<Participant> { nearest.Participant };
        if (nearest.Mention is { } head)
        {
            var current = head;
            foreach (var before in sentence.Mentions.Where(m => m.First >= from && m.Last < head.First).OrderByDescending(m => m.Last))
            {
                var between = sentence.Text[tokens[before.Last].End..tokens[current.First].Start];
                if (!JoinedByAnd(between) || before.Entity.Type != head.Entity.Type)
                {
                    break;
                }

                group.Insert(0, Participant.Of(before.Entity));
                current = before;
            }
        }

        return group;
    }

    private static bool IsVerb(Token token) =>
        LightVerbs.Contains(token.Lower)
        || (token.Lower.Length > 4 && !NotVerbs.Contains(token.Lower) && (token.Lower.EndsWith("ed", StringComparison.Ordinal) || token.Lower.EndsWith("ing", StringComparison.Ordinal)));

    // "France and the People's Republic of China", "the Slovenian (…) and Croatian (…) ministers".
    private static bool JoinedByAnd(string between)
    {
        var outside = System.Text.RegularExpressions.Regex.Replace(between, @"\([^)]*\)", " ");
        var words = outside.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => w is "and" or "&" or "the" or "The") && (words.Contains("and") || words.Contains("&") || outside.Contains(','));
    }

    // Whether a preposition or a verb such as "join" governs the words at index, skipping "the", "its".
    private static bool Governed(IReadOnlyList<Token> tokens, int index, int from)
    {
        var previous = index - 1;
        while (previous >= from && Determiners.Contains(tokens[previous].Lower))
        {
            previous--;
        }

        return previous >= from && NotBeforeSubject.Contains(tokens[previous].Lower);
    }

    private bool StartsWithPronoun(AnalysedSentence sentence, int from, int trigger)
    {
        var start = from;
        while (start < trigger && sentence.Tokens[start].Lower is "and" or "but" or "then" or "with" or "while" or "however" or "which" or "to" or "who")
        {
            start++;
        }

        // Past a leading date: "In 2010 it deployed…".
        var date = sentence.Dates.FirstOrDefault(d => sentence.TokenAt(d.Start) >= start && sentence.TokenAt(d.Start) <= start + 1);
        var afterDate = date is null ? start : sentence.TokenAt(date.End);
        return new[] { start, afterDate }.Any(at => at < trigger
            && _lexicon.Pronouns.Any(p => p.Matches(sentence.Tokens, at, Math.Min(trigger, at + p.Length)).Any(m => m.First == at)));
    }

    // The entity (or, for "who", the person) just before a relative clause: "the United Nations, to which…".
    private static Participant? AntecedentOf(AnalysedSentence sentence, int clause)
    {
        var (from, _) = sentence.TokenRange(clause);
        var mention = sentence.Mentions.LastOrDefault(m => m.Last == from - 1);
        if (mention is not null)
        {
            return Participant.Of(mention.Entity);
        }

        var person = from < sentence.Tokens.Count && sentence.Tokens[from].Lower == "who" ? sentence.People.LastOrDefault(p => p.Last == from - 1) : null;
        return person is null ? null : Participant.Of(person, sentence);
    }

    private static bool RelativeAfterPreposition(AnalysedSentence sentence, int from) =>
        from + 1 < sentence.Tokens.Count && Prepositions.Contains(sentence.Tokens[from].Lower) && sentence.Tokens[from + 1].Lower == "which";

    // "which it joined", "which Montenegro signed": another subject follows the pronoun.
    private bool RelativeThenSubject(AnalysedSentence sentence, int from) =>
        from + 1 < sentence.Tokens.Count && sentence.Tokens[from].Lower == "which"
        && (sentence.Mentions.Any(m => m.First == from + 1)
            || _lexicon.Pronouns.Any(p => p.Matches(sentence.Tokens, from + 1, Math.Min(sentence.Tokens.Count, from + 1 + p.Length)).Any(m => m.First == from + 1)));

    // The entity the trigger is directed at: right after it, or after one preposition and "the" ("recognised
    // Kosovo", "applied to NATO's…", "a visit to Montenegro"), in the same stretch of the clause.
    private static (LocatedMention Mention, string? Preposition)? ObjectAfter(AnalysedSentence sentence, EventCandidate e, int to)
    {
        var tokens = sentence.Tokens;
        var i = e.Last + 1;
        string? preposition = Prepositions.Contains(tokens[e.Last].Lower) ? tokens[e.Last].Lower : null;
        if (i < to && preposition is null && Prepositions.Contains(tokens[i].Lower) && tokens[i].Lower != "by")
        {
            preposition = tokens[i].Lower;
            i++;
        }

        while (i < to && i <= e.Last + ObjectWindow && Determiners.Contains(tokens[i].Lower))
        {
            i++;
        }

        var mention = i < to ? sentence.Mentions.FirstOrDefault(m => m.First == i) : null;
        if (mention is null || sentence.People.Any(p => mention.First >= p.First && mention.Last <= p.Last)
            || sentence.Text[tokens[e.Last].End..tokens[mention.First].Start].Any(ch => ch is ',' or ';' or '(' or ':'))
        {
            return null;
        }

        return (mention, preposition);
    }

    private static string? ObjectPhrase(AnalysedSentence sentence, EventCandidate e, int to)
    {
        if (e.IsNoun || e.Predicate.IsReporting || !sentence.Tokens[e.Last].Lower.EndsWith("ed", StringComparison.Ordinal) && !sentence.Tokens[e.Last].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        var last = e.Last;
        for (var i = e.Last + 1; i < to && i <= e.Last + MaxObjectPhraseWords; i++)
        {
            var gap = sentence.Text[sentence.Tokens[i - 1].End..sentence.Tokens[i].Start];
            var isDate = sentence.Dates.Any(d => sentence.Tokens[i].Start >= d.Start && sentence.Tokens[i].Start < d.End);
            var opensInfinitive = i == e.Last + 1 && sentence.Tokens[i].Lower == "to" && e.IsPassive;
            if ((PhraseStops.Contains(sentence.Tokens[i].Lower) && !opensInfinitive) || isDate || gap.Any(ch => ch is ',' or ';' or '(' or ')' or ':' or '"' or '“' or '”'))
            {
                break;
            }

            last = i;
        }

        while (last > e.Last && sentence.Tokens[last].Lower is "the" or "a" or "an" or "of" or "its" or "s")
        {
            last--;
        }

        return last > e.Last ? sentence.Span(e.Last + 1, last) : null;
    }

    // A clause's date dates the event nearest to it, and no other: in "The resolution's adoption was not
    // surprising, given that the Council had endorsed the plan back in February" February dates the
    // endorsement only. An event takes the nearest of its dates; a year that only names something ("the
    // 2008 Bucharest summit") only when it has no other. A reporting verb is not dated by what it
    // reports: a date after its "that" belongs to what was said. A date beyond a verb joined by "and" belongs to that verb.
    private void AssignDates(AnalysedSentence sentence, List<EventCandidate> events)
    {
        // The rest of a clause after an inset ("large protests, supported by pro-Serbian parties, were held in
        // mid-October 2015") dates the events of the clause it continues.
        foreach (var byClause in events.GroupBy(e => sentence.Clauses[e.Clause].Continues ?? e.Clause))
        {
            var clause = sentence.Clauses[byClause.Key];
            var candidates = new Dictionary<EventCandidate, List<(DateMention Date, int Distance)>>();
            var continuation = sentence.Clauses.FirstOrDefault(c => c.Continues == byClause.Key);
            foreach (var date in sentence.Dates.Where(d => (d.Start >= clause.Start && d.End <= clause.End)
                || (continuation is not null && d.Start >= continuation.Start && d.End <= continuation.End)))
            {
                var nearest = byClause
                    .Select(e => (Event: e, Distance: Distance(sentence, e, date)))
                    .Where(x => x.Distance is not null && !(x.Event.Predicate.IsReporting && sentence.TokenAt(date.Start) > ReportedFrom(sentence, x.Event)))
                    .OrderBy(x => x.Distance)
                    .FirstOrDefault();
                if (nearest.Event is not null)
                {
                    (candidates.TryGetValue(nearest.Event, out var list) ? list : candidates[nearest.Event] = []).Add((date, nearest.Distance!.Value));
                }
            }

            // Of equally near dates, the one after the trigger: "…culminated in a riot in the capital on 24 October".
            foreach (var (e, dates) in candidates)
            {
                var ordered = dates.OrderBy(d => d.Distance).ThenByDescending(d => d.Date.Start > sentence.Tokens[e.Last].End).ToList();
                e.Date = ordered.Where(d => !d.Date.IsModifier).Select(d => d.Date).FirstOrDefault() ?? ordered[0].Date;
            }
        }
    }

    // Where what a reporting verb reports begins: its "that", colon or quotation mark ("threatened in May 2014 that…").
    private static int ReportedFrom(AnalysedSentence sentence, EventCandidate e)
    {
        for (var i = e.Last + 1; i < sentence.Tokens.Count; i++)
        {
            var gap = sentence.Text[sentence.Tokens[i - 1].End..sentence.Tokens[i].Start];
            if (sentence.Tokens[i].Lower == "that" || gap.Any(ch => ch is ':' or '"' or '“' or '‘'))
            {
                return i;
            }
        }

        return e.Last;
    }

    // Words between the date and the trigger, more across a comma; null when a verb joined by "and" stands between.
    private int? Distance(AnalysedSentence sentence, EventCandidate e, DateMention d)
    {
        var first = sentence.TokenAt(d.Start);
        var last = Math.Max(first, sentence.TokenAt(d.End) - 1);
        var before = last < e.First;
        var (gapFirst, gapLast) = before ? (last + 1, e.First - 1) : (e.Last + 1, first - 1);
        for (var i = gapFirst; i <= gapLast && i + 1 < sentence.Tokens.Count; i++)
        {
            if (sentence.Tokens[i].Lower == "and" && (IsVerb(sentence.Tokens[i + 1]) || IsTriggerVerb(sentence.Tokens[i + 1].Lower)))
            {
                return null;
            }
        }

        var (from, to) = before ? (d.End, sentence.Tokens[e.First].Start) : (sentence.Tokens[e.Last].End, d.Start);
        var penalty = from < to && sentence.Text[from..to].Any(ch => ch is ',' or ';') ? PunctuationPenalty : 0;
        return penalty + (before ? e.First - last : first > e.Last ? first - e.Last : 0);
    }

    private bool IsTriggerVerb(string word) =>
        _lexicon.Predicates.Any(p => p.Triggers.Any(t => !t.IsNoun && t.FirstWord == word));

    // "…became the 29th member of NATO on 5 June 2017 when it deposited its instrument…": a "when" clause without a date of
    // its own happened at the time of the dated event it follows; the two are one statement.
    private static void GiveWhenClauseDates(AnalysedSentence sentence, List<EventCandidate> events)
    {
        for (var c = 1; c < sentence.Clauses.Count; c++)
        {
            var clause = sentence.Clauses[c];
            if (!sentence.Text[clause.Start..clause.End].TrimStart().StartsWith("when ", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var dated = events.Where(e => e.Clause == c - 1 && e.Date is not null && !e.Predicate.IsReporting).OrderByDescending(e => e.Last).FirstOrDefault();
            foreach (var e in events.Where(e => e.Clause == c && e.Date is null && dated is not null))
            {
                e.Date = dated!.Date;
            }
        }
    }

    // "…on the establishment of diplomatic relations, which occurred later in 2007": a relative clause that
    // states no event of its own dates the event it follows, and belongs to its statement.
    private static void GiveRelativeClauseDates(AnalysedSentence sentence, List<EventCandidate> events)
    {
        for (var c = 1; c < sentence.Clauses.Count; c++)
        {
            var clause = sentence.Clauses[c];
            if (clause.Kind != ClauseKind.Relative || events.Any(e => e.Clause == c))
            {
                continue;
            }

            var date = sentence.Dates.FirstOrDefault(d => d.Start >= clause.Start && d.End <= clause.End && !d.IsModifier);
            var (_, previousEnd) = sentence.TokenRange(c - 1);
            var before = events.Where(e => e.Clause == c - 1 && !e.Predicate.IsReporting).OrderByDescending(e => e.Last).FirstOrDefault();
            if (date is not null && before is { Date: null } && before.Last >= previousEnd - 2)
            {
                before.Date = date;
                before.LastClause = c;
            }
        }
    }
}
