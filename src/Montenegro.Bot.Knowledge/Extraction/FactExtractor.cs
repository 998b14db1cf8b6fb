using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Search;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>
/// Derives structured facts from the sentences of the passages: recognitions, relations, memberships,
/// invitations, signatures, ratifications and the other predicates of the <see cref="PredicateLexicon"/>,
/// poll figures in prose, votes, expulsions with their counts, sums of money, and people with their roles.
/// Each fact cites its passage and keeps the sentence or clause it comes from as its evidence; its statement
/// is that sentence or clause, with a year the paragraph supplies added in brackets ("12 June (2006)").
/// </summary>
public sealed partial class FactExtractor
{
    /// <summary>The prefix of every derived fact's id: <c>derived/&lt;passage-id&gt;/&lt;n&gt;</c>.</summary>
    public const string IdPrefix = "derived/";

    /// <summary>The <see cref="Fact.Predicate"/> of a fact about a person and their role.</summary>
    public const string PersonPredicate = "person";

    private const string MontenegroId = "montenegro";

    private readonly PredicateLexicon _lexicon;
    private readonly IReadOnlySet<string> _statementVocabulary;
    private readonly List<Entity> _entities;
    private readonly EventFinder _events;
    private readonly FigureReader _figures;
    private readonly PollProseReader _polls;

    /// <summary>
    /// Creates an extractor that reads sentences with <paramref name="lexicon"/> and recognises <paramref name="entities"/>;
    /// <paramref name="statementVocabulary"/> are the words <see cref="PredicatesIn"/> never takes for a misspelt name.
    /// </summary>
    public FactExtractor(PredicateLexicon lexicon, IEnumerable<Entity> entities, IReadOnlySet<string>? statementVocabulary = null)
    {
        _statementVocabulary = statementVocabulary ?? new HashSet<string>(StringComparer.Ordinal);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(entities);
        _lexicon = lexicon;
        _entities = entities.ToList();
        _events = new EventFinder(lexicon);
        _figures = new FigureReader(lexicon);
        _polls = new PollProseReader(lexicon);
    }

    /// <summary>The facts <paramref name="passages"/> state; <paramref name="sources"/> give each passage's document title.</summary>
    public List<Fact> Extract(IEnumerable<Passage> passages, IReadOnlyDictionary<string, SourceDocument> sources)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(sources);
        var facts = new List<Fact>();
        var readable = passages.Where(p => p.IsAnswerable && p.Kind is PassageKind.Paragraph or PassageKind.List).ToList();
        if (_lexicon.Predicates.Count == 0 || readable.Count == 0)
        {
            return facts;
        }

        // The sources' own words are never typos of a name: the recognizer's typo tolerance is for questions.
        var vocabulary = readable.SelectMany(p => Token.Split(p.Text)).Select(t => t.Lower)
            .Concat(sources.Values.SelectMany(s => Token.Split(s.Title)).Select(t => t.Lower))
            .Concat(readable.SelectMany(p => p.HeadingPath).SelectMany(Token.Split).Select(t => t.Lower))
            .ToHashSet(StringComparer.Ordinal);
        var actors = _entities.Where(e => e.Type != EntityType.Pollster).ToList();
        var pollsters = _entities.Where(e => e.Type == EntityType.Pollster).ToList();
        var reading = new Reading(
            new EntityLocator(new EntityRecognizer(actors, vocabulary), EntityLocator.FirstWordsOf(actors), _lexicon.Locations),
            new EntityLocator(new EntityRecognizer(pollsters, vocabulary), EntityLocator.FirstWordsOf(pollsters), _lexicon.Locations));
        var titleDomains = new Dictionary<string, Domain?>(StringComparer.Ordinal);
        foreach (var passage in readable)
        {
            if (!titleDomains.TryGetValue(passage.SourceId, out var titleDomain))
            {
                titleDomain = sources.TryGetValue(passage.SourceId, out var source) ? DomainOf(reading, source.Title) : null;
                titleDomains[passage.SourceId] = titleDomain;
            }

            facts.AddRange(FromPassage(reading, passage, titleDomain));
        }

        return facts;
    }

    /// <summary>
    /// The predicates <paramref name="text"/> states as events, in the order they occur (a verb after "to" or a blocked
    /// trigger is none), those the text dates <paramref name="dated"/> first: how a curated statement is matched to the
    /// lexicon's predicates, as derived facts are, its date going with the event it dates.
    /// </summary>
    public IReadOnlyList<string> PredicatesIn(string text, FactDate? dated = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_lexicon.Predicates.Count == 0 || text.Length == 0)
        {
            return [];
        }

        var entities = _statementEntities ??= StatementEntities();
        var dates = DateRecognizer.Find(text);
        var found = new List<string>();
        Participant? previousSubject = null;
        foreach (var (offset, sentenceText) in Sentences(text))
        {
            var sentence = new AnalysedSentence(sentenceText, offset, entities, _lexicon, DatesWithin(dates, offset, offset + sentenceText.Length));
            var events = _events.Find(sentence, previousSubject);
            found.AddRange(events.OrderBy(e => e.First).Select(e => (e.Date?.Date.Iso is { Length: > 0 } iso && iso == dated?.Iso ? "!" : string.Empty) + e.Predicate.Id));
            previousSubject = EventFinder.SubjectOf(sentence, events) ?? previousSubject;
        }

        // Marked "!": dated as the statement is dated; they lead.
        return found.Where(p => p[0] == '!').Select(p => p[1..]).Concat(found.Where(p => p[0] != '!'))
            .Distinct(StringComparer.Ordinal).ToList();
    }

    // One locator for every statement read by PredicatesIn: typo tolerance off for the words of the given vocabulary.
    private EntityLocator? _statementEntities;

    private EntityLocator StatementEntities()
    {
        var actors = _entities.Where(e => e.Type != EntityType.Pollster).ToList();
        return new EntityLocator(new EntityRecognizer(actors, _statementVocabulary), EntityLocator.FirstWordsOf(actors), _lexicon.Locations);
    }

    private List<Fact> FromPassage(Reading reading, Passage passage, Domain? titleDomain)
    {
        var context = new PassageContext(passage, RelationsPartner(reading, passage), titleDomain);
        var dates = DateRecognizer.Find(passage.Text);
        var facts = new List<Fact>();
        var people = new HashSet<string>(StringComparer.Ordinal);
        Participant? previousSubject = null;
        foreach (var (offset, text) in Sentences(passage.Text))
        {
            var sentence = new AnalysedSentence(text, offset, reading.Entities, _lexicon, DatesWithin(dates, offset, offset + text.Length));
            var events = _events.Find(sentence, previousSubject);
            var polls = PollsOf(reading, sentence, events);
            if (polls.Count > 0)
            {
                facts.AddRange(polls.Select(p => PollFact(context, sentence, p, facts.Count + 1)));
            }
            else
            {
                foreach (var fact in EventFacts(context, sentence, events.Where(e => e.Predicate.Figures != FigureKind.Poll).ToList()))
                {
                    facts.Add(fact with { Id = $"{IdPrefix}{passage.Id}/{facts.Count + 1}" });
                }
            }

            foreach (var person in sentence.People.Where(p => people.Add(p.Name)))
            {
                facts.Add(PersonFact(context, sentence, person, facts.Count + 1));
            }

            previousSubject = EventFinder.SubjectOf(sentence, events) ?? previousSubject;
        }

        return facts;
    }

    private List<PollReading> PollsOf(Reading reading, AnalysedSentence sentence, List<EventCandidate> events)
    {
        var trigger = events.FirstOrDefault(e => e.Predicate.Figures == FigureKind.Poll);
        if (trigger is null)
        {
            // A reporting verb may have hidden the poll word ("… found that 46% …" after "According to"): look again.
            var poll = _lexicon.Predicates.FirstOrDefault(p => p.Figures == FigureKind.Poll);
            var at = poll?.Triggers.SelectMany(t => t.Matches(sentence.Tokens, 0, sentence.Tokens.Count)).Select(m => (int?)m.First).FirstOrDefault();
            return at is { } first ? _polls.Read(sentence, reading.Pollsters.Locate(sentence.Text, sentence.Tokens), first) : [];
        }

        return _polls.Read(sentence, reading.Pollsters.Locate(sentence.Text, sentence.Tokens), trigger.First);
    }

    private IEnumerable<Fact> EventFacts(PassageContext context, AnalysedSentence sentence, List<EventCandidate> events)
    {
        // One fact per date and subject: the earliest predicate of the lexicon speaks for the clause's others.
        var chosen = events
            .SelectMany(e => LeadSubjects(e).Select(lead => (Event: e, Lead: lead)))
            .GroupBy(x => (DateKey(x.Event.Date), x.Lead?.Entity?.Id ?? x.Lead?.Name))
            .Select(g => (
                g.OrderBy(x => x.Event.Predicate.Priority).ThenBy(x => x.Event.First).First(),
                Start: g.Min(x => sentence.Clauses[x.Event.Clause].Start),
                End: g.Max(x => sentence.Clauses[x.Event.LastClause].End)))
            .OrderBy(x => x.Item1.Event.First)
            .ToList();
        var byClause = chosen.Select(x => DateKey(x.Item1.Event.Date)).Distinct(StringComparer.Ordinal).Count() > 1;
        foreach (var ((e, lead), scopeStart, scopeEnd) in chosen)
        {
            // The fact speaks for the clauses of every predicate it stands for: their entities are its.
            var (statement, evidence) = StatementOf(sentence, e, lead, byClause);
            var scope = sentence.Mentions.Where(m => sentence.Tokens[m.First].Start >= scopeStart && sentence.Tokens[m.Last].End <= scopeEnd).ToList();
            var subjects = e.Subjects.Select(s => s.Represented?.Id).OfType<string>().ToList();
            if (lead?.Represented is { } leadEntity)
            {
                subjects.Remove(leadEntity.Id);
                subjects.Insert(0, leadEntity.Id);
            }

            // Several states recognising (or polled, or establishing relations) are one fact each, about its own state, not the
            // others; a joint act ("the Slovenian and Croatian ministers sent a letter") stays about all of them.
            var coSubjects = lead?.Represented is { } own && e.Predicate.FixedTopic && LeadSubjects(e).Count() > 1
                ? e.Subjects.Select(s => s.Represented?.Id).OfType<string>().Where(id => id != own.Id).ToHashSet(StringComparer.Ordinal)
                : [];
            var entityIds = subjects
                .Concat(e.Objects.Concat(e.Antecedent is null ? [] : [e.Antecedent]).Select(o => o.Represented?.Id).OfType<string>())
                .Concat(scope.Select(m => m.Entity.Id))
                .Where(id => !coSubjects.Contains(id))
                .Where(id => id != MontenegroId || subjects.Contains(MontenegroId))
                .Concat(context.Partner is null ? [] : [context.Partner.Id])
                .Concat(context.TitleDomain?.EntityId is { } domainEntity ? [domainEntity] : [])
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var topic = TopicOf(e.Predicate, context, sentence, entityIds, scopeStart, scopeEnd);
            yield return new Fact(
                Id: string.Empty,
                Topic: topic,
                Label: LabelOf(e, lead, entityIds, context, topic),
                PassageId: context.Passage.Id,
                Statement: statement,
                EntityIds: entityIds,
                Date: e.Date?.Date,
                Milestone: null,
                Poll: null,
                Evidence: [evidence])
            {
                Predicate = e.Predicate.Id,
                ObjectIds = e.Objects.Select(o => o.Represented?.Id).OfType<string>().ToList(),
                Figures = _figures.Read(e.Predicate.Figures, e.Predicate.Figures == FigureKind.Vote ? sentence.Text : sentence.Text[scopeStart..scopeEnd]),
            };
        }
    }

    // Several states doing one thing ("France and the People's Republic of China recognised…") are one fact
    // each; Montenegro with a partner ("Montenegro and Albania established…") is one fact.
    private static IEnumerable<Participant?> LeadSubjects(EventCandidate e)
    {
        var entities = e.Subjects.Where(s => s.Entity is not null).ToList();
        if (entities.Count > 1 && entities.All(s => s.Entity!.Id != MontenegroId))
        {
            return entities;
        }

        return [e.Subjects.FirstOrDefault()];
    }

    private static string DateKey(DateMention? date) => date is null ? string.Empty : $"{date.Date.Iso}|{date.Date.Text}";

    // The whole sentence, unless its facts have different dates: then each takes its own clause, with a
    // subject it shares with an earlier clause in brackets ("[Montenegro] adopted … in June 2008").
    private static (string Statement, string Evidence) StatementOf(AnalysedSentence sentence, EventCandidate e, Participant? lead, bool byClause)
    {
        var clause = sentence.Clauses[e.Clause];
        var end = sentence.Clauses[e.LastClause].End;
        if (byClause && clause.Kind == ClauseKind.Main)
        {
            var text = Trimmed(sentence.Text, 0, end);
            return (Finished(WithYears(sentence, text.Start, text.End)), sentence.Text[text.Start..text.End]);
        }

        if (byClause && clause.Kind == ClauseKind.Coordinate)
        {
            var text = Trimmed(sentence.Text, clause.Start, end);
            var connective = Connective().Match(sentence.Text[text.Start..text.End]);
            var start = text.Start + connective.Length;
            var body = WithYears(sentence, start, text.End);
            var firstWord = Token.Split(body).FirstOrDefault().Lower ?? string.Empty;
            if (e.SubjectInClause)
            {
                return (Finished(char.ToUpperInvariant(body[0]) + body[1..]), sentence.Text[start..text.End]);
            }

            // "[Montenegro] adopted…", but not "[Peter MacKay] agreeing…": a participle needs its sentence.
            if ((lead ?? e.Subjects.FirstOrDefault()) is { } subject && !firstWord.EndsWith("ing", StringComparison.Ordinal))
            {
                return (Finished($"[{subject.Name}] {body}"), sentence.Text[start..text.End]);
            }
        }

        // "…, with Montenegro joining western sanctions in 2014": a clause with its own subject and date is its own statement.
        if (byClause && clause.Kind == ClauseKind.Subordinate && e.SubjectInClause)
        {
            var text = Trimmed(sentence.Text, clause.Start, end);
            var start = text.Start + SubordinateConnective().Match(sentence.Text[text.Start..text.End]).Length;
            if (start < text.End)
            {
                var body = WithYears(sentence, start, text.End);
                return (Finished(char.ToUpperInvariant(body[0]) + body[1..]), sentence.Text[start..text.End]);
            }
        }

        // "membership in the United Nations, to which it was admitted on 28 June 2006": a relative clause with its own date
        // is told with the phrase it hangs on (from the comma or bracket before that phrase), not with the whole sentence.
        if (byClause && clause.Kind == ClauseKind.Relative && e.Clause > 0 && RelativeOpening().IsMatch(sentence.Text[clause.Start..end]))
        {
            var text = Trimmed(sentence.Text, PhraseStart(sentence.Text, clause.Start, sentence.Clauses[e.Clause - 1].Start), end);
            var start = text.Start + Connective().Match(sentence.Text[text.Start..text.End]).Length;
            if (start < text.End)
            {
                var body = WithYears(sentence, start, text.End);
                return (Finished(char.ToUpperInvariant(body[0]) + body[1..]), sentence.Text[start..text.End]);
            }
        }

        var whole = Trimmed(sentence.Text, 0, sentence.Text.Length);
        return (Finished(WithYears(sentence, whole.Start, whole.End)), sentence.Text[whole.Start..whole.End]);
    }

    // Where the phrase a relative clause (starting at clause) hangs on begins: after the comma, semicolon, bracket or "and"
    // before it, not before floor. The relative clause's own comma is skipped.
    private static int PhraseStart(string text, int clause, int floor)
    {
        var at = clause;
        while (at > floor && (char.IsWhiteSpace(text[at - 1]) || text[at - 1] == ','))
        {
            at--;
        }

        for (var i = at - 1; i >= floor; i--)
        {
            if (text[i] is ',' or ';' or '(' || (i >= 4 && string.CompareOrdinal(text, i - 4, " and ", 0, 5) == 0))
            {
                return i + 1;
            }
        }

        return floor;
    }

    private static (int Start, int End) Trimmed(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';' or '('))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':'))
        {
            end--;
        }

        // A bracketed clause keeps both brackets or neither.
        if (end > start && text[end - 1] == ')' && !text[start..end].Contains('(', StringComparison.Ordinal))
        {
            end--;
        }

        return (start, end);
    }

    // The text with the year a date leaves out added after it: "12 June (2006)".
    private static string WithYears(AnalysedSentence sentence, int start, int end)
    {
        var text = new StringBuilder(sentence.Text[start..end]);
        foreach (var date in sentence.Dates.Where(d => d.Start >= start && d.End <= end).OrderByDescending(d => d.Start))
        {
            if (date.Date.Year is { } year && !date.Date.Text.Contains(year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                text.Insert(date.End - start, $" ({year.ToString(CultureInfo.InvariantCulture)})");
            }
        }

        return text.ToString();
    }

    private static string Finished(string statement)
    {
        var trimmed = statement.Trim();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' ? trimmed : trimmed + ".";
    }

    // A fixed topic (recognition) holds; else a section on relations with one country, then a document about a
    // domain (NATO, the Ukraine mission), then the clause's own domain words, then the predicate's topic.
    private string TopicOf(Predicate predicate, PassageContext context, AnalysedSentence sentence, IReadOnlyList<string> entityIds, int start, int end)
    {
        if (predicate.FixedTopic && predicate.Topic is { } fixedTopic)
        {
            return fixedTopic;
        }

        if (context.Partner is not null)
        {
            return _lexicon.RelationsTopic;
        }

        if (context.TitleDomain is { } titleDomain)
        {
            return titleDomain.Topic;
        }

        var first = sentence.TokenAt(start);
        var last = sentence.TokenAt(end);
        var clauseDomain = _lexicon.Domains.FirstOrDefault(d =>
            entityIds.Contains(d.EntityId ?? string.Empty) || d.Words.Any(w => w.Matches(sentence.Tokens, first, last).Any()));
        return clauseDomain?.Topic ?? predicate.Topic ?? _lexicon.FallbackTopic;
    }

    // "Russia's recognition", "Montenegro's accession to NATO", "Diplomatic relations with Albania", "Grant of a Membership Action Plan".
    private static string LabelOf(EventCandidate e, Participant? lead, IReadOnlyList<string> entityIds, PassageContext context, string topic)
    {
        var predicate = e.Predicate;
        var noun = predicate.TopicNoun is { } topicNoun && topic == predicate.Topic ? topicNoun : predicate.Noun;
        if (predicate.IsMutual)
        {
            var partners = entityIds.Where(id => id != MontenegroId && id != context.TitleDomain?.EntityId)
                .Select(id => e.Subjects.Concat(e.Objects).FirstOrDefault(p => p.Represented?.Id == id)?.Represented?.Name ?? (context.Partner?.Id == id ? context.Partner.Name : null))
                .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            return partners.Count == 0 ? Capitalised(noun) : $"{Capitalised(noun)} {predicate.Preposition} {string.Join(" and ", partners)}".Replace("  ", " ", StringComparison.Ordinal);
        }

        var agent = e.SubjectActs ? lead ?? e.Subjects.FirstOrDefault() : null;

        // A recognition or other fixed-topic statement is the state's, even when its minister makes it.
        if (agent is { Entity: null, RoleEntity: { } role } && predicate.FixedTopic)
        {
            agent = Participant.Of(role);
        }

        if (predicate.Label is { } template && agent is not null)
        {
            return template.Replace("{subject}", agent.Name, StringComparison.Ordinal);
        }

        var preposition = predicate.Preposition;
        var what = string.Empty;
        if (e.ObjectPhrase is { } phrase)
        {
            var startsWithPreposition = Token.Split(phrase).FirstOrDefault().Lower is "to" or "with" or "of" or "into" or "from" or "on" or "for" or "at";
            what = startsWithPreposition || preposition is null ? $" {phrase}" : $" {preposition} {phrase}";
        }
        else if (e.Objects.FirstOrDefault(o => o.Name != agent?.Name) is { } target
            && (e.ObjectPreposition is null or "of" ? preposition ?? e.ObjectPreposition : e.ObjectPreposition) is { } before)
        {
            what = $" {before} {target.Name}";
        }

        return agent is null ? Capitalised(noun) + what : $"{Possessive(agent.Name)} {noun}{what}";
    }

    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private Fact PollFact(PassageContext context, AnalysedSentence sentence, PollReading poll, int n)
    {
        var label = (poll.Pollster is null ? "Poll" : Capitalised($"{poll.Pollster.Name} poll"))
            + (poll.Date is null ? string.Empty : $", {poll.Date.Date.Display}")
            + (poll.Group is null ? string.Empty : $": {poll.Group.Name}");
        var entityIds = new[] { poll.Pollster?.Id, poll.Group?.Id, context.TitleDomain?.EntityId }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var whole = Trimmed(sentence.Text, 0, sentence.Text.Length);
        return new Fact(
            Id: $"{IdPrefix}{context.Passage.Id}/{n}",
            Topic: "poll",
            Label: label,
            PassageId: context.Passage.Id,
            Statement: Finished(WithYears(sentence, whole.Start, whole.End)),
            EntityIds: entityIds,
            Date: poll.Date?.Date,
            Milestone: null,
            Poll: new PollFigures(poll.Pollster?.Id, poll.Group?.Id, poll.For, poll.Against, poll.Undecided, null, FromTable: false),
            Evidence: [sentence.Text[whole.Start..whole.End]])
        {
            Predicate = _lexicon.Predicates.FirstOrDefault(p => p.Figures == FigureKind.Poll)?.Id,
            Figures = poll.Other,
        };
    }

    private Fact PersonFact(PassageContext context, AnalysedSentence sentence, PersonMention person, int n)
    {
        var whole = Trimmed(sentence.Text, 0, sentence.Text.Length);
        var entityIds = sentence.Mentions.Where(m => m.First >= person.First && m.Last <= person.Last).Select(m => m.Entity.Id).Distinct(StringComparer.Ordinal).ToList();
        return new Fact(
            Id: $"{IdPrefix}{context.Passage.Id}/{n}",
            Topic: _lexicon.PersonTopic,
            Label: $"{person.Name}, {person.Role}",
            PassageId: context.Passage.Id,
            Statement: Finished(WithYears(sentence, whole.Start, whole.End)),
            EntityIds: entityIds,
            Date: null,
            Milestone: null,
            Poll: null,
            Evidence: [sentence.Span(person.First, person.Last)])
        {
            Predicate = PersonPredicate,
        };
    }

    // The dates of one sentence, found by halving the passage's sorted dates: a long passage is not rescanned per sentence.
    private static IEnumerable<DateMention> DatesWithin(IReadOnlyList<DateMention> dates, int start, int end)
    {
        int low = 0, high = dates.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (dates[middle].Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < dates.Count && dates[i].Start < end; i++)
        {
            yield return dates[i];
        }
    }

    // The one country a "Montenegro–X relations" heading names: the section's facts are about it.
    private Entity? RelationsPartner(Reading reading, Passage passage)
    {
        foreach (var heading in passage.HeadingPath.Reverse())
        {
            var tokens = Token.Split(heading);
            if (!tokens.Any(t => _lexicon.RelationsHeadingWords.Contains(t.Lower)))
            {
                continue;
            }

            var named = reading.Entities.Locate(heading, tokens).Select(m => m.Entity)
                .Where(e => e.Id != MontenegroId && e.Type == EntityType.Country).DistinctBy(e => e.Id).ToList();
            return named.Count == 1 ? named[0] : null;
        }

        return null;
    }

    private Domain? DomainOf(Reading reading, string title)
    {
        var tokens = Token.Split(title);
        var mentions = reading.Entities.Locate(title, tokens);
        return _lexicon.Domains.FirstOrDefault(d =>
            mentions.Any(m => m.Entity.Id == d.EntityId) || d.Words.Any(w => w.Matches(tokens, 0, tokens.Count).Any()));
    }

    // Lines, then sentences; the splitter keeps "D.C. On 7 June…" together (an initial), so a sentence that
    // opens with "On" or "In" after a full stop is cut there too.
    internal static IEnumerable<(int Offset, string Text)> Sentences(string text)
    {
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            foreach (var (start, sentence) in SentenceSplitter.Split(line))
            {
                var offset = lineStart + line.IndexOf(sentence, start, StringComparison.Ordinal);
                var cut = 0;
                foreach (Match m in OpeningAfterFullStop().Matches(sentence))
                {
                    yield return (offset + cut, sentence[cut..m.Index].TrimEnd());
                    cut = m.Index + m.Length;
                }

                yield return (offset + cut, sentence[cut..]);
            }

            lineStart += line.Length + 1;
        }
    }

    [GeneratedRegex(@"(?<=\.)\s+(?=(?:On|In)\s)")]
    private static partial Regex OpeningAfterFullStop();

    [GeneratedRegex(@"^(?:and|but|then|;)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Connective();

    [GeneratedRegex(@"^(?:with|while|whereas)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SubordinateConnective();

    [GeneratedRegex(@"^[\s,(]*(?:which|whose|who|whom|to which|in which|of which|by which|under which)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeOpening();

    private sealed record PassageContext(Passage Passage, Entity? Partner, Domain? TitleDomain);

    // The recognizers for one extraction, built with the sources' vocabulary.
    private sealed record Reading(EntityLocator Entities, EntityLocator Pollsters);
}
