using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using SentenceWords = Montenegro.Bot.Knowledge.Answering.EvidenceSentences;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The general structured answer: the fact that best covers the question, with the timeline table's
/// date beside the article's for NATO milestones; or, for a broad question about relations with one
/// country, all the facts about that country in date order.
/// </summary>
internal sealed class FactStrategy(AnswerComposer composer) : IAnswerStrategy
{
    public const double MinCoverage = 0.6;

    /// <summary>How a curated fact that records what the sources do not say begins.</summary>
    public const string NotStatedPrefix = "The sources do not say";
    private const int Candidates = 20;

    private readonly KnowledgeBase _knowledge = composer.Knowledge;

    public Answer? TryAnswer(Question question)
    {
        // A pollster named outside a poll question ("the government's campaign") is no name a passage must carry.
        var named = question.Entities.Select(m => m.Entity).Where(e => e.Id != "nato" && e.Type != Entities.EntityType.Pollster).ToList();
        var best = BestFact(question, named);
        var overview = RelationsOverview(question, named, best);
        if (overview is not null)
        {
            return overview;
        }

        if (best is not { } b || b.Coverage < MinCoverage || question.AsksAboutNow)
        {
            return null;
        }

        if (DatedPartAskedWhen(question, b.Fact) is { } part)
        {
            b = (part, b.Coverage);
        }

        if (UndatedAnswerToWhen(question, b) is { } undated)
        {
            return undated;
        }

        // The article's wording leads; the timeline table's exact date follows it.
        var group = Companions(b.Fact).Prepend(b.Fact).OrderBy(f => f.IsTimelineStep).ToList();
        var fact = group[0];
        var related = group.Skip(1).ToList();
        var answer = composer.FromFacts(fact.Topic, fact.Label, [fact], question);
        if ((question.Has(Language.Cue.Why) || AsksForSeveral(question) || question.Has(Language.Cue.Effect) || question.Has(Language.Cue.Trend)
            || DatesMoreOfTheAsked(question, fact))
            && WholeSentence(fact) is { } sentence)
        {
            // A fact cut from a longer sentence ("refused to extradite Senin") may leave its reason in the rest of it
            // ("who had been granted asylum"), the rest of a list ("..., and in NATO"), or what came of it ("drove relations
            // down further, with five diplomats expelled"): a "why" question, one that asks for several things, one that
            // asks what something did to another, and one that asks how something changed, gets the whole sentence.
            answer = answer with { Text = sentence };
        }

        if (Continued(fact, answer.Text, question) is { } before)
        {
            // "Flag raising ceremonies were also held at Mons and Norfolk": a sentence that adds to the one before it leaves
            // out what it adds to (the flag raised at NATO Headquarters), which the answer states first.
            answer = answer with { Text = before + " " + answer.Text };
        }
        else if (QuantityComparison.SetsQuantitiesAgainstEachOther(question) && WholeSentence(fact) is { } both
            && QuantityComparison.StatesSeveralCounts(both, question.Lexicon))
        {
            // "Were more diplomats expelled in September than in the spring?": a clause gives one side's count ("six more in
            // September"); the sentence it was cut from gives the other's too ("five in March/April").
            answer = answer with { Text = both };
        }

        if (Continuation(fact, question) is { } next)
        {
            // "Who was president when the senators came?": the visit, and the next sentence that goes on about it ("Their
            // activities included a meeting with President Vujanović") with what the fact leaves out, cited too.
            answer = answer with
            {
                Text = answer.Text + " " + next.Sentence,
                Sources = next.PassageId == fact.PassageId ? answer.Sources : [.. answer.Sources, composer.Source(next.PassageId, question)],
            };
        }

        if (fact.Statement.StartsWith(NotStatedPrefix, StringComparison.Ordinal))
        {
            // A curated fact that says what the sources leave unsaid: a truthful decline, with its source.
            return answer with { Answered = false, Intent = "decline" };
        }

        if (related.Count == 0)
        {
            return answer;
        }

        var text = answer.Text + " " + string.Join(" ", related.Select(r => r.Statement));
        var fields = answer.Fields.Concat(related.Where(r => r.Date is not null).Select(r => new AnswerField("Timeline table", r.Date!.Text))).ToList();
        return answer with { Text = text, Fields = fields, Sources = composer.Sources([fact, .. related], question) };
    }

    // Of a question for a date ("when", "in which year"), the fact that states just what was asked ("granted asylum") but no date for it: the sources
    // say it happened and not when, and a passage that dates other things in the same sentence ("In August 2023 Montenegro
    // refused to extradite ...") must not stand in for the date. A truthful decline that says what they do say.
    private Answer? UndatedAnswerToWhen(Question question, (Fact Fact, double Coverage) best)
    {
        var fact = best.Fact;
        if (!SlotCheck.AsksDate(question) || best.Coverage < FullCoverage
            || fact.Date is not null || !States(fact, question) || _knowledge.ContextYearOf(fact.PassageId) is not null
            || fact.Statement.StartsWith(NotStatedPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var answer = composer.FromFacts(fact.Topic, fact.Label, [fact], question);
        return answer with
        {
            Answered = false,
            Intent = "decline",
            Text = $"My sources don't say when. They say that {Plain(fact.Statement)}, in this sentence: \"{WholeSentence(fact) ?? fact.Statement}\"",
        };
    }

    // A whole sentence that states several things ("refused to extradite Senin, a former FSB Colonel who had fled Russia in
    // 2017 and had been granted asylum") carries no one date, but the part of it that states what a "when" question asks
    // ("who had fled Russia in 2017") does: that part answers, where declining would deny what the sentence says.
    private Fact? DatedPartAskedWhen(Question question, Fact whole)
    {
        if (whole.Date is not null || !SlotCheck.AsksDate(question) || question.PredicateIds.Count == 0)
        {
            return null;
        }

        return _knowledge.Facts.FirstOrDefault(f => f.PassageId == whole.PassageId && f.Id != whole.Id && f.Date is not null
            && States(f, question) && whole.Statement.Contains(Plain(f.Statement), StringComparison.OrdinalIgnoreCase));
    }

    // "[Dmitry Senin] had been granted asylum." as part of a sentence: the subject the extractor supplied, unbracketed, no stop.
    private static string Plain(string statement) => statement.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).TrimEnd('.');

    // Every weighted word of the question is in the fact.
    private const double FullCoverage = 0.95;

    // A "why" question prefers the text that gives a cause or aim.
    internal const double ReasonBonus = 0.2;

    // A fact that states what the question's words name (its predicate: "vote", "ratify") outranks one that only shares words.
    internal const double PredicateBonus = 0.2;

    /// <summary>
    /// <see cref="PredicateBonus"/> for a fact that states a predicate the question names, half of it for one that states
    /// another predicate of the same topic ("a UN member": admitted; "join": became a member).
    /// </summary>
    internal double PredicateMatch(Fact fact, Question question) => PredicateMatch(fact.Predicates, question, _knowledge);

    /// <summary>As <see cref="PredicateMatch(Fact, Question)"/>, for the predicates <paramref name="stated"/> of any text.</summary>
    internal static double PredicateMatch(IEnumerable<string> stated, Question question, KnowledgeBase knowledge) =>
        PredicateMatch(stated, question.PredicateIds, knowledge);

    /// <summary>
    /// Whether a text that states <paramref name="stated"/> answers of another event than the one the question's verb asks
    /// about: "When did China and Montenegro sign a trade agreement?" is not answered by the trade of 2015, though
    /// "trade" is among the question's words.
    /// </summary>
    internal static bool StatesAnotherThanTheVerbAsks(IReadOnlyCollection<string> stated, Question question, KnowledgeBase knowledge) =>
        AsksOfItsPredicate(question) && question.VerbPredicateIds.Count > 0 && stated.Count > 0
            && PredicateMatch(stated, question.VerbPredicateIds, knowledge) == 0;

    private static double PredicateMatch(IEnumerable<string> stated, IReadOnlySet<string> askedIds, KnowledgeBase knowledge)
    {
        var predicates = stated.ToList();
        if (predicates.Any(askedIds.Contains)
            || predicates.Select(knowledge.Predicates.Find).OfType<Extraction.Predicate>().Any(p => p.KindOf.Any(askedIds.Contains)))
        {
            return PredicateBonus;
        }

        // Of the same topic ("admitted" for "member"), or both speech ("warned" for "said"). The relations topic is the
        // heading of a partner country's section, not a kind of event: a visit there is no expulsion.
        var asked = askedIds.Select(knowledge.Predicates.Find).OfType<Extraction.Predicate>().ToList();
        var topics = asked.Select(p => p.Topic).OfType<string>().Where(t => t != knowledge.Predicates.RelationsTopic).ToHashSet(StringComparer.Ordinal);
        return predicates.Select(knowledge.Predicates.Find).OfType<Extraction.Predicate>()
            .Any(p => (p.Topic is { } topic && topics.Contains(topic)) || (p.IsReporting && asked.Any(a => a.IsReporting))) ? PredicateBonus / 2 : 0;
    }

    /// <summary>
    /// Whether the question asks for the date or figure of what it names ("when did X join", "how many voted"): then a
    /// text that states something else of the same names does not answer it.
    /// </summary>
    internal static bool AsksOfItsPredicate(Question question) =>
        question.PredicateIds.Count > 0 && (question.Has(Language.Cue.When) || question.Has(Language.Cue.Count) || question.Has(Language.Cue.HowMuch));

    // The fact's main predicate (the one its date dates) is one the question names, or of the same topic.
    private static bool MainPredicateAsked(Fact fact, Question question, KnowledgeBase knowledge) =>
        fact.Predicates.Count > 0 && (question.PredicateIds.Contains(fact.Predicates[0])
            || (knowledge.Predicates.Find(fact.Predicates[0])?.Topic is { } topic && question.PredicateIds.Any(id => knowledge.Predicates.Find(id)?.Topic == topic)));

    /// <summary>Whether <paramref name="fact"/> states a predicate the question names.</summary>
    internal static bool States(Fact fact, Question question) => fact.Predicates.Any(question.PredicateIds.Contains);

    // Of two facts that name what the question names, the one about that alone ("the EU") is more to the point than one
    // that lists it among others ("the EU, the UN and NATO").
    private double EntityFocus(Fact fact, IReadOnlyList<Entity> named)
    {
        var own = fact.EntityIds.Where(id => id is not ("montenegro" or "nato")).ToList();
        return named.Count == 0 || own.Count == 0 ? 0 : 0.1 * own.Count(id => named.Any(e => e.Id == id)) / own.Count;
    }

    // "When" prefers the fact that dates the event to the day over one that dates it to the month or year.
    // Only the date of what the question asks counts: a fact's date is its main predicate's.
    private static double DatePrecision(Question question, Fact fact, KnowledgeBase knowledge) =>
        !question.Has(Language.Cue.When) || fact.Date is not { } date || (question.PredicateIds.Count > 0 && !MainPredicateAsked(fact, question, knowledge)) ? 0
        : date.Day is not null ? 0.06 : date.Month is not null ? 0.03 : 0;

    internal static bool GivesReason(Question question, string text)
    {
        if (!question.Has(Language.Cue.Why))
        {
            return false;
        }

        // "following the annexation" gives a cause; "the following 11 states" only introduces a list: a participle marker
        // after an article describes the noun it stands before.
        var lower = " " + text.ToLowerInvariant() + " ";
        var articles = question.Lexicon.Articles;
        return question.Lexicon.Phrases(Language.Cue.ReasonMarker).Select(p => " " + string.Join(' ', p) + " ")
            .Any(marker => Occurrences(lower, marker).Any(at => !marker.EndsWith("ing ", StringComparison.Ordinal)
                || !articles.Any(article => lower.AsSpan(0, at).EndsWith(" " + article, StringComparison.Ordinal))));
    }

    private static IEnumerable<int> Occurrences(string text, string part)
    {
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    /// <summary>The fact that covers the question best, if any shares its entities.</summary>
    internal (Fact Fact, double Coverage)? BestFact(Question question, IReadOnlyList<Entity> named)
    {
        if (!question.IsSpecificEnough(_knowledge.Index))
        {
            return null;
        }

        (Fact Fact, double Coverage, double Rank)? best = null;
        var hits = _knowledge.Index.SearchFacts(question.SearchTerms, Candidates);
        var topScore = hits.Count > 0 ? hits[0].Score : 1;
        var asksNato = question.Entities.Any(m => m.Entity.Id == "nato");
        var natoTerms = asksNato ? _knowledge.Analyzer.Terms(_knowledge.EntitiesById["nato"].Name).ToHashSet(StringComparer.Ordinal) : [];
        var joining = JoinedBody.AskedIn(question, _knowledge);
        foreach (var hit in hits)
        {
            var fact = _knowledge.FactsById[hit.Id];
            if (fact.Poll is not null || fact.Topic == "ratification")
            {
                continue;
            }

            if (named.Count > 0 && !named.Any(e => _knowledge.EntitiesOfFact(fact.Id).Contains(e.Id)))
            {
                continue;
            }

            // NATO goes unnamed in the sentences of passages about it, but a fact that neither names it nor stands in such a
            // passage is about something else: "when was Montenegro admitted to NATO?" is not its admission to the UN.
            if (asksNato && !_knowledge.EntitiesOfFact(fact.Id).Contains("nato") && !_knowledge.Index.ContextOf(fact.Id).Overlaps(natoTerms))
            {
                continue;
            }

            // The answer carries the timeline table's exact date with the article's wording ("joined PfP at the 2006 Riga summit",
            // "2006-12-14"), so an "exact date" is judged by the more precise of the two.
            if (!SlotCheck.Fits(question, fact.Statement + " " + string.Join(" ", fact.Evidence), PreciseDate(fact), requireDateForWhen: false, _knowledge.ContextYearOf(fact.PassageId)))
            {
                continue;
            }

            // A question that names what happened ("join", "vote") is not answered by a fact that states something else of
            // the same names: "When did North Macedonia join NATO?" by a report that Montenegro would join with it.
            if ((AsksOfItsPredicate(question) && fact.Predicates.Count > 0 && PredicateMatch(fact, question) == 0)
                || StatesAnotherThanTheVerbAsks(fact.Predicates, question, _knowledge) || joining?.NamesOnlyAnother(fact.Statement) == true
                || StatesOnlyTheHeadWord(fact, question))
            {
                continue;
            }

            var terms = _knowledge.Index.TermsOf(fact.Id);
            // The event context describes what happened, not what the fact says of it: only a fact that itself states the
            // figures the question asks is credited with its source's description of the event.
            var context = AsksItsFigures(question, fact) ? EventContext(fact) : _knowledge.Index.ContextOf(fact.Id);
            var coverage = Coverage.OfCandidate(question, terms, _knowledge.Index, context, MinCoverage, () => Paraphrase.Says(question, fact.Statement, fact.Id));
            if (coverage == 0)
            {
                continue;
            }

            var rank = coverage + (0.15 * hit.Score / topScore) + (GivesReason(question, fact.Statement) ? ReasonBonus : 0)
                + PredicateMatch(fact, question) + DatePrecision(question, fact, _knowledge) + EntityFocus(fact, named);
            if (best is null || rank > best.Value.Rank)
            {
                best = (fact, coverage, rank);
            }
        }

        return best is { } b ? (b.Fact, b.Coverage) : null;
    }

    /// <summary>
    /// The terms a fact's source says of the event the fact is about, beyond the fact's own words: the source title and
    /// headings, and, for a fact about the event the title headlines, the source's opening sentence, which describes that
    /// event in other words ("a NATO mission aimed at training and assisting Ukraine's armed forces" beside a tally that
    /// says only "the resolution"). A question may describe the event in those words and still ask what the fact states.
    /// </summary>
    internal IReadOnlySet<string> EventContext(Fact fact) => _eventContexts.GetOrAdd(fact.Id, _ => ReadEventContext(fact));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<string>> _eventContexts = new(StringComparer.Ordinal);

    private IReadOnlySet<string> ReadEventContext(Fact fact)
    {
        var context = _knowledge.Index.ContextOf(fact.Id);
        if (!_knowledge.PassagesById.TryGetValue(fact.PassageId, out var passage) || !_knowledge.SourcesById.TryGetValue(passage.SourceId, out var source)
            || _knowledge.Passages.FirstOrDefault(p => p.SourceId == passage.SourceId && p.IsAnswerable) is not { } opening
            || !opening.HeadingPath.SequenceEqual(passage.HeadingPath))
        {
            return context;
        }

        // A fact elsewhere in a source about many things ("Foreign relations of Montenegro") is not about the event its
        // opening sentence describes: the fact must state most of what the title headlines.
        var title = _knowledge.Analyzer.Terms(source.Title).ToHashSet(StringComparer.Ordinal);
        if (Coverage.Of(title, _knowledge.Index.TermsOf(fact.Id), _knowledge.Index) < MinTitleCoverage)
        {
            return context;
        }

        var lead = Search.SentenceSplitter.Split(opening.Text).Select(s => s.Sentence).FirstOrDefault();
        return lead is null ? context : context.Union(_knowledge.Analyzer.Terms(lead), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether the question asks for figures the fact itself states of what the question names ("how many voted for",
    /// "the tally", "how did the vote go" of "44 votes in favour, five against"), and, unless it asks how many, for no
    /// person, date, place or reason, which the fact would have to name in its own words.
    /// </summary>
    internal bool AsksItsFigures(Question question, Fact fact) =>
        States(fact, question)
        && (question.Has(Language.Cue.Count) || !AsksAnotherSlot(question))
        && StatedCountReader.Read(fact.Statement, _knowledge).Any(count => count.Context.Any(question.PredicateTerms.Contains));

    // "Who abstained", "when did they vote": a slot no count fills. A count question may still date its event in a clause
    // ("the tally when parliament approved ...").
    private static bool AsksAnotherSlot(Question question) =>
        question.Has(Language.Cue.Who) || question.Has(Language.Cue.When) || question.Has(Language.Cue.Where) || question.Has(Language.Cue.Why);

    // The share of its source's title a fact must state to be about the event the title headlines.
    private const double MinTitleCoverage = 0.75;

    private Answer? RelationsOverview(Question question, IReadOnlyList<Entity> named, (Fact Fact, double Coverage)? best)
    {
        var namesRelations = question.HasWord("relations", "relationship", "relation", "ties", "bilateral");
        if (named.Count != 1 || !(namesRelations || question.HasWord("about")))
        {
            return null;
        }

        var country = named[0];
        var facts = _knowledge.Facts.Where(f => f.EntityIds.Contains(country.Id) && f.Topic is "relations" or "recognition")
            .OrderBy(f => f.Date ?? new FactDate(string.Empty, 9999, null, null))
            .ToList();
        if (facts.Count < 2)
        {
            return null;
        }

        // "How did ties with Russia develop over 2022?", "since 2014": the time the question names, not the whole story;
        // nothing told of that time is no overview of it.
        if (question.Years.Count > 0)
        {
            facts = facts.Where(f => YearBound.Contains(question, f.Date)).ToList();
            if (facts.Count == 0)
            {
                return null;
            }
        }

        // "When did they establish relations?" asks the date of what its verb names, not the whole story in date order:
        // the facts that state it answer (the best-matching one on its own, when it states all that is asked), and when something it
        // asks is stated by none, a story that never states it would answer as if it did.
        if (SlotCheck.AsksDate(question) && question.PredicateIds.Count > 0)
        {
            var asked = SpecificPredicates(question.PredicateIds);
            var stating = facts.Where(f => f.Predicates.Any(asked.Contains)).ToList();
            var unstated = asked.Any(id => !stating.Any(f => f.Predicates.Contains(id)));
            return unstated || (best is { } found && stating.Contains(found.Fact) && asked.All(found.Fact.Predicates.Contains)) ? null
                : composer.FromFacts("relations", $"Montenegro–{country.Name} relations", stating, question);
        }

        // A precise question ("When were relations with China confirmed?") gets the precise fact. One that never says
        // "relations" ("what did the Russian embassy say about the vote?") asks about them only through "about": any fact
        // that answers it is more to the point than the overview.
        var specific = question.PredicateTerms.Count(t => t is not ("relation" or "relationship" or "tie" or "bilateral")) > 1;
        if (specific && best is { } b && b.Coverage >= (namesRelations ? 0.8 : MinCoverage))
        {
            return null;
        }

        return composer.FromFacts("relations", $"Montenegro–{country.Name} relations", facts, question,
            $"What my sources say about Montenegro's relations with {country.Name}, in date order:");
    }

    // "When did they establish diplomatic relations?" names its event in full: a fact that states only what "relations"
    // alone would name ("relations slipped") is another event of the same topic, not a date of the one asked.
    private bool StatesOnlyTheHeadWord(Fact fact, Question question)
    {
        if (!AsksOfItsPredicate(question) || fact.Predicates.Count == 0)
        {
            return false;
        }

        var specific = SpecificPredicates(question.PredicateIds);
        return specific.Count > 0 && specific.Count < question.PredicateIds.Count && !fact.Predicates.Any(specific.Contains);
    }

    // Of the predicates a question names, those not named only by the head word of another's noun: "establish diplomatic
    // relations" asks for the establishing, not for whatever "relations" alone would name.
    private HashSet<string> SpecificPredicates(IReadOnlySet<string> ids)
    {
        var predicates = ids.Select(_knowledge.Predicates.Find).OfType<Extraction.Predicate>().ToList();
        return predicates.Where(p => !predicates.Any(o => o != p && o.Noun.Contains(' ', StringComparison.Ordinal)
                && o.Noun.Split(' ').Contains(p.Noun, StringComparer.OrdinalIgnoreCase)))
            .Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The passage sentence a fact's evidence comes from, when it says more than the fact's statement.</summary>
    // "Which parties ...", "what were its main goals", "list ...": the question's focus is plural, or it asks for a list.
    // "When did the final accession talks start and finish?": the fact dates one thing asked ("began in February 2016"), and
    // the sentence it was cut from goes on to date another the question joins to it with "and" ("and concluded in May").
    private bool DatesMoreOfTheAsked(Question question, Fact fact)
    {
        if (!SlotCheck.AsksDate(question) || fact.Evidence.Count == 0 || WholeSentence(fact) is not { } sentence
            || sentence.IndexOf(fact.Evidence[^1], StringComparison.Ordinal) is var at && at < 0)
        {
            return false;
        }

        // Only what the sentence goes on to say after the fact: what comes before it is the scene the fact is set in.
        var rest = sentence[(at + fact.Evidence[^1].Length)..];
        var stated = _knowledge.Analyzer.Terms(fact.Statement).ToHashSet(StringComparer.Ordinal);
        var terms = _knowledge.Analyzer.Terms(rest).ToHashSet(StringComparer.Ordinal);
        return SecondAsked(question).Any(t => !stated.Contains(t) && terms.Contains(t)) && Extraction.DateRecognizer.Find(rest).Count > 0;
    }

    // The terms of the words the question joins to another with "and" ("start and finish"): the second thing it asks of.
    private IEnumerable<string> SecondAsked(Question question)
    {
        var words = SentenceWords.Words(question.Text);
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i - 1] == "and" && question.PredicateTerms.Intersect(_knowledge.Analyzer.Terms(words[i])).FirstOrDefault() is { } term)
            {
                yield return term;
            }
        }
    }

    private static bool AsksForSeveral(Question question)
    {
        if (question.Has(Language.Cue.List))
        {
            return true;
        }

        var words = question.WordList;
        return words.Count > 0 && words[0] is "what" or "which"
            && words.Skip(1).Take(8).Any(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && Search.Inflection.BaseOf(w) != w);
    }

    /// <summary>
    /// The sentence after the fact's in its passage, when it goes on about the same thing (it opens with a pronoun that
    /// points back: "Their", "It", "He") and holds words of the question that the fact does not.
    /// </summary>
    private (string Sentence, string PassageId)? Continuation(Fact fact, Question question)
    {
        if (EvidenceSentences(fact, fact.Evidence.Count - 1) is not var (passage, sentences, at))
        {
            return null;
        }

        // The last sentence of a passage goes on in the next passage of the same section.
        var following = at + 1 < sentences.Count ? passage : NextPassage(passage);
        var next = following == passage ? sentences[at + 1]
            : following is null ? null
            : Search.SentenceSplitter.Split(following.Text).Select(s => s.Sentence.Trim()).FirstOrDefault();
        if (next is null || following is null)
        {
            return null;
        }

        var opening = next.Split(' ', 2)[0].ToLowerInvariant();
        var pointsBack = question.Lexicon.Phrases(Language.Cue.PersonPronoun).Concat(question.Lexicon.Phrases(Language.Cue.ThingPronoun))
            .Any(p => p.Length == 1 && p[0] == opening);
        if (!pointsBack && !RefersByTitle(next, sentences[at]))
        {
            return null;
        }

        var factTerms = _knowledge.Index.TermsOf(fact.Id);
        var nextTerms = _knowledge.Analyzer.Terms(next).ToHashSet(StringComparer.Ordinal);
        return question.ContentTerms.Any(t => !question.Covers(t, factTerms) && question.Covers(t, nextTerms)) ? (next, following.Id) : null;
    }

    // "Defense Secretary Donald Rumsfeld paid an official visit …" then "Following the Secretary's meeting with …": the next
    // sentence names the person of the fact's sentence by the title it gave him.
    private bool RefersByTitle(string next, string sentence) =>
        _knowledge.Predicates.RoleNames.Any(role =>
            Regex.IsMatch(sentence, $@"\b{Regex.Escape(role)}\b", RegexOptions.IgnoreCase)
            && Regex.IsMatch(next, $@"\bthe {Regex.Escape(role.Split(' ', '-')[^1])}\b", RegexOptions.IgnoreCase));

    private Sources.Passage? NextPassage(Sources.Passage passage)
    {
        var index = _knowledge.PassageIndex(passage.Id);
        return index >= 0 && index + 1 < _knowledge.Passages.Count && _knowledge.Passages[index + 1] is { } next
            && next.SourceId == passage.SourceId && next.HeadingPath.SequenceEqual(passage.HeadingPath) && next.IsAnswerable ? next : null;
    }

    // The sentence before the fact's, when the first sentence the answer quotes goes on from it ("also", "as well") and the
    // two tell the same thing: they share words of substance ("flag", "raise", "ceremony"), not only a name, a year or one
    // word ("membership"), which an "also" that adds another matter ("also began full membership with the Adriatic Charter")
    // shares with whatever came before. Without it, "also held at Mons" hides where else it was held.
    private string? Continued(Fact fact, string quoted, Question question)
    {
        if (EvidenceSentences(fact, 0) is not var (_, sentences, at) || at == 0
            || SentenceWords.Split(quoted) is not [var first, ..]
            || !SentenceWords.Has(SentenceWords.Words(first), Language.Cue.Continuing, question.Lexicon)
            || quoted.Contains(sentences[at - 1], StringComparison.Ordinal))
        {
            return null;
        }

        var before = sentences[at - 1];
        var own = _knowledge.Analyzer.Terms(first).Where(t => !t.Any(char.IsAsciiDigit) && !_knowledge.Index.IsProperTerm(t)).ToHashSet(StringComparer.Ordinal);
        return _knowledge.Analyzer.Terms(before).Distinct(StringComparer.Ordinal).Count(own.Contains) >= MinSharedWithContinued ? before : null;
    }

    // Words of substance a continuing sentence shares with the one before it when both tell one thing.
    private const int MinSharedWithContinued = 2;

    private string? WholeSentence(Fact fact) =>
        EvidenceSentences(fact, 0) is var (_, sentences, at) && sentences[at].Length > fact.Statement.Length + 20 ? sentences[at] : null;

    // The sentences of the fact's passage and which of them holds its evidence number `evidence`; null when none does.
    private (Sources.Passage Passage, List<string> Sentences, int At)? EvidenceSentences(Fact fact, int evidence)
    {
        if (fact.Evidence.Count == 0 || !_knowledge.PassagesById.TryGetValue(fact.PassageId, out var passage))
        {
            return null;
        }

        var sentences = Search.SentenceSplitter.Split(passage.Text).Select(s => s.Sentence.Trim()).ToList();
        var at = sentences.FindIndex(s => s.Contains(fact.Evidence[evidence], StringComparison.Ordinal));
        return at < 0 ? null : (passage, sentences, at);
    }

    // The fact's date, or its timeline companion's when that one gives the day and the fact does not.
    private FactDate? PreciseDate(Fact fact) =>
        fact.Date is { Day: not null } || fact.IsTimelineStep ? fact.Date
        : Companions(fact).Where(f => f.IsTimelineStep).Select(f => f.Date).FirstOrDefault(d => d is { Day: not null }) ?? fact.Date;

    /// <summary>The other record of the same NATO milestone: the timeline table's row for a fact from the text, and vice versa.</summary>
    private IEnumerable<Fact> Companions(Fact fact) =>
        fact.Milestone is null
            ? _yearDatedRows.GetOrAdd(fact.Id, _ => Extraction.DerivedFacts.RowOfYearDated(fact, _knowledge.Facts)) is { } row ? [row] : []
            : _knowledge.Facts.Where(f => f.Id != fact.Id && string.Equals(f.Milestone, fact.Milestone, StringComparison.OrdinalIgnoreCase));

    // The timeline row of each fact dated only to its year, read once: BestFact asks it of every candidate it weighs.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Fact?> _yearDatedRows = new(StringComparer.Ordinal);
}
