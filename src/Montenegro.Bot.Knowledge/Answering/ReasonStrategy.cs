using System.Globalization;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Search;
using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// A "why" question ("what was the purpose of ...", "why were ... expelled") answered with the sentence of the sources
/// that states the cause: of the passages about the question's subject, found by its words and by its meaning, the
/// sentence that both tells of that subject and gives a reason (a reason marker: "because", "following", "seeking").
/// The subject must be covered, so a "why" about something the sources never explain is left to decline.
/// </summary>
internal sealed class ReasonStrategy : IAnswerStrategy
{
    /// <summary>The intent of a reason answer.</summary>
    public const string Intent = "reason";

    private const int LexicalCandidates = 12;
    private const int SemanticCandidates = 8;
    private const int MeaningCandidates = 3;

    // The fewest words and names a question's subject must have.
    private const int MinSubjectWords = 2;

    // How much the passage's lexical rank weighs in choosing between sentences that cover the question alike.
    private const double LexicalWeight = 0.15;

    // ...and a passage under a heading about others than the question names (an article about the Ukraine mission, for a
    // question about NATO alone) gives way to one about them.
    private const double OthersPenalty = 0.1;

    // ...and one that leads from a cause to the subject itself says what caused it, where another sharing its words may only
    // give a cause of something near it ("opposition parties accused …" for "why is there opposition to NATO").
    private const double CauseLeadWeight = 0.2;

    // The share of the question's subject (its words but the why-words) the cause's sentence must cover by its words. Meaning
    // only ranks: a sentence close in meaning to "why did Rumsfeld cancel his visit" is the one about the visit he paid, so
    // closeness cannot stand in for words the sentence lacks.
    private const double MinCoverage = 0.6;

    // ...or, for a sentence that says the subject in other words, the share it must still cover by its own (see SaysOtherwise).
    private const double MinParaphraseCoverage = 0.45;

    private readonly AnswerComposer _composer;
    private readonly KnowledgeBase _knowledge;
    private readonly ISemanticSearch? _semantic;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, float[]> _sentenceVectors = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _headingEntities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _askingTerms;
    private readonly HashSet<string> _oppositionTerms;
    private readonly HashSet<string> _choiceTerms;

    public ReasonStrategy(AnswerComposer composer, ISemanticSearch? semantic)
    {
        _composer = composer;
        _knowledge = composer.Knowledge;
        _semantic = semantic;
        // As analyzed and as written: the analyzer keeps some forms whole ("wasn't").
        // The words that ask what something was for ("meant to accomplish") ask, as "why" does.
        // A word that only sets the question in the past ("historically", "what past event") or asks why something mattered
        // ("a significant milestone") names no part of what is asked: "for significant" in a sentence is no cause of it.
        Cue[] asking = [Cue.Why, Cue.PurposeAsk, Cue.Negation, Cue.GenericFocus, Cue.FocusFiller, Cue.PastFraming, Cue.Significance];
        _askingTerms = TermsOf(asking);
        _askingTerms.UnionWith(asking.SelectMany(_knowledge.Lexicon.Phrases).SelectMany(p => p));
        _oppositionTerms = TermsOf(Cue.Opposition);
        _choiceTerms = TermsOf(Cue.NegatedChoice);
    }

    public Answer? TryAnswer(Question question)
    {
        if (!question.Has(Cue.Why) || question.AsksAboutNow || question.NamesATurnedEvent)
        {
            return null;
        }

        // What the question asks the cause of: its words but the names (checked as names), those that ask for a cause
        // ("why", "purpose", "prompted"), a negation ("why wasn't it ...") and the kind of thing asked for ("what event").
        // A choice not to act ("decided against offering") asks the cause of the deed not done: the choice's words are no part
        // of it, and only a text that says the deed did not happen tells it.
        var choice = question.Has(Cue.NegatedChoice) ? _choiceTerms : (IReadOnlySet<string>)new HashSet<string>();
        var subject = question.PredicateTerms.Where(t => !Asks(t) && !choice.Contains(t)).ToList();
        var named = question.Entities.Select(m => m.Entity).Where(e => e.Id is not ("nato" or "montenegro") && e.Type != Entities.EntityType.Pollster).ToList();
        // "Why did they agree to that?" says too little of what it asks about to be answered without the turn before it.
        if (subject.Count + question.Entities.Count(m => m.Entity.Id != "montenegro") < MinSubjectWords || !question.IsSpecificEnough(_knowledge.Index))
        {
            return null;
        }

        var candidates = new List<Candidate>();
        foreach (var (passageId, lexical) in CandidatePassages(question))
        {

            if (!_knowledge.PassagesById.TryGetValue(passageId, out var passage) || !passage.IsAnswerable
                || !named.All(e => NamedIn(passage).Contains(e.Id)) || !question.Years.All(y => passage.Text.Contains(y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))
            {
                continue;
            }

            var context = _knowledge.Index.ContextOf(passageId);
            var sentences = SentenceSplitter.Split(passage.Text).Select(s => s.Sentence.Trim()).ToList();
            for (var i = 0; i < sentences.Count; i++)
            {
                // A sentence that leads from a cause to the subject ("… form a crucial part of the opposition") gives its cause
                // without a reason marker; one that leads from the subject to what it brought about ("the invasion drove
                // relations down") gives none, whatever marker it holds.
                var side = CauseLead.SideOf(question, subject, sentences[i], _knowledge.Analyzer.Terms);
                if (side == CauseSide.Cause || (side != CauseSide.Effect && !FactStrategy.GivesReason(question, sentences[i])) || !SlotCheck.PlacesFit(question, sentences[i]))
                {
                    continue;
                }

                // The cause may follow a sentence that names the subject ("No new members were invited. Analysts saw this as a
                // sign ..."): the one before joins it when it covers more.
                var own = Terms(sentences[i]);
                var coverage = CoverageOf(question, subject, own, context);
                var text = sentences[i];
                if (i > 0)
                {
                    var joined = own.Union(Terms(sentences[i - 1])).ToHashSet(StringComparer.Ordinal);
                    var joinedCoverage = CoverageOf(question, subject, joined, context);
                    if (joinedCoverage > coverage)
                    {
                        (coverage, text) = (joinedCoverage, sentences[i - 1] + " " + sentences[i]);
                    }
                }

                // A sentence that states the aim of what the question asks the purpose of ("the coup aiming to stop ...") may say the
                // rest of it otherwise ("coup" for "coup attempt"), as a paraphrase may.
                var aimAsked = question.Has(Cue.PurposeAsk) && coverage >= MinParaphraseCoverage && StatesAim(question, sentences[i]);
                if ((coverage >= MinCoverage || aimAsked || SaysOtherwise(question, subject, coverage, sentences[i])) && Tells(question, subject, named, passage, text, choice))
                {
                    candidates.Add(new Candidate(passageId, sentences[i], text, coverage, lexical, AboutOthers(question, passage), side == CauseSide.Effect));
                }
            }
        }

        // The best-covered few are weighed by meaning too: of two sentences that share the question's words ("opposition"),
        // the one about what the question asks.
        // What something was for ("what was the coup meant to achieve") is told by a sentence that states an aim ("aiming to
        // stop"), when one covers the subject, before one that gives only a cause or a hedge ("allegedly would have included").
        if (question.Has(Cue.PurposeAsk) && candidates.Where(c => StatesAim(question, c.Text)).ToList() is { Count: > 0 } aims)
        {
            candidates = aims;
        }

        Candidate? best = null;
        var bestRank = 0.0;
        foreach (var candidate in candidates.DistinctBy(c => c.Text).OrderByDescending(c => c.Coverage).Take(MeaningCandidates))
        {
            var meaning = Similarity(question, candidate.Sentence);
            // As for any fact: one that states the event the question names ("agreement") outranks one that only shares words.
            var rank = candidate.Coverage + meaning + (LexicalWeight * candidate.Lexical) - (candidate.AboutOthers ? OthersPenalty : 0) + (candidate.LeadsToSubject ? CauseLeadWeight : 0)
                + FactStrategy.PredicateMatch(_knowledge.PredicatesStatedIn(candidate.Text), question, _knowledge);
            if (best is null || rank > bestRank)
            {
                (best, bestRank) = (candidate, rank);
            }
        }

        if (best is null)
        {
            return null;
        }

        var source = _composer.Source(best.PassageId, question);
        return new Answer(true, Intent, "Why, according to my sources", best.Text, [], [source], []);
    }

    /// <summary>
    /// Whether the first paragraph of <paramref name="text"/> says what the question asks the cause of only as the cause of
    /// something else ("Russia's invasion of Ukraine drove relationships down" for "why did Russia invade Ukraine?"): a
    /// sentence leads from it to an effect, and none leads to it.
    /// </summary>
    internal bool TellsOnlyItsEffect(Question question, string text)
    {
        var subject = question.PredicateTerms.Where(t => !Asks(t)).ToList();
        // Each line on its own: the lines of a list ("• … slipped from 2010. • … drove relationships down") are no one sentence.
        var sides = text.Split("\n\n", 2)[0].Split('\n').SelectMany(SentenceSplitter.Split)
            .Select(s => CauseLead.SideOf(question, subject, s.Sentence, _knowledge.Analyzer.Terms)).ToList();
        return sides.Contains(CauseSide.Cause) && !sides.Contains(CauseSide.Effect);
    }

    // Whether the text tells of what the question asks the cause of: it names whom the question names (or its article is
    // about them), it states the event the question's verb names ("support" is not "argued against"), and a "why not"
    // is answered by a text that says what did not happen.
    private bool Tells(Question question, IReadOnlyList<string> subject, IReadOnlyList<Entities.Entity> named, Sources.Passage passage, string text, IReadOnlySet<string> choice)
    {
        if (named.Count > 0)
        {
            var inText = _knowledge.Recognizer.Recognize(text).Select(m => m.Entity.Id).Concat(NamedInHeadings(passage)).ToHashSet(StringComparer.Ordinal);
            if (!named.All(e => inText.Contains(e.Id)))
            {
                return false;
            }
        }

        // The event the question's verb names, stated as such or in its words ("opposition" for "oppose").
        // The verb of a choice not to act ("decided") is not the deed asked about.
        var verbs = question.VerbPredicateIds.Except(_knowledge.PredicatesNamedBy(choice.ToHashSet(StringComparer.Ordinal))).ToList();
        if (verbs.Count > 0 && FactStrategy.PredicateMatch(_knowledge.PredicatesStatedIn(text), question, _knowledge) == 0)
        {
            var terms = Terms(text);
            var covered = CoverageOf(question, subject.Where(t => _knowledge.PredicatesNamedBy(new HashSet<string>(StringComparer.Ordinal) { t }).Overlaps(verbs)).ToList(), terms, new HashSet<string>());
            if (covered < 1)
            {
                return false;
            }
        }

        // A choice not to act is not caused by that act's own aim: "with the aim of inviting Montenegro, but it would not get an
        // invitation" says what the invitation was for, not why there was none.
        if (choice.Count > 0 && AimsAtDeed(question, subject, text))
        {
            return false;
        }

        return !(question.Has(Cue.Negation) || choice.Count > 0) || NegationIn(question, text);
    }

    // Whether a word that states an aim is followed at once by the deed asked about ("the aim of inviting"). Only an aim: a
    // cause may name the deed's words in its own right ("as a sign that NATO members are becoming skeptical").
    private bool AimsAtDeed(Question question, IReadOnlyList<string> subject, string text)
    {
        var words = EvidenceSentences.Words(text);
        return EvidenceSentences.PhraseStarts(words, Cue.PurposeMarker, question.Lexicon).Any(marker =>
        {
            var after = words.Skip(marker.Start + marker.Length).Take(MarkedDeedWords).SelectMany(_knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);
            return subject.Any(t => question.Covers(t, after));
        });
    }

    // How many words after a reason marker name what it marks ("aim of inviting").
    private const int MarkedDeedWords = 3;

    // Whether a sentence that lacks some of the subject's words still says it, in its own words ("accused the parliament of
    // stalling the decision" for "complained about the parliament taking so long on the decision"): it covers most of the
    // subject, is close in meaning to the question, and says the subject's first word, where what is asked begins (the
    // verb after a name, or who acted): "why did Montenegro refuse to join sanctions" is not answered by the sanctions it
    // joined. Only when every word of the subject is one the sources use: a word they never use may name an event they
    // never tell ("why did Rumsfeld cancel his visit"), and meaning alone cannot tell either from a paraphrase (the
    // sentence about the visit he paid is as close).
    private bool SaysOtherwise(Question question, IReadOnlyList<string> subject, double coverage, string sentence) =>
        coverage >= MinParaphraseCoverage && subject.Count > 0 && !subject.Any(question.UnfamiliarTerms.Contains)
        && CoverageOf(question, [subject[0]], Terms(sentence), new HashSet<string>()) >= 1
        && Similarity(question, sentence) >= _knowledge.Abstention.ParaphraseSimilarity;

    private static bool StatesAim(Question question, string text) =>
        EvidenceSentences.Has(EvidenceSentences.Words(text), Cue.PurposeMarker, question.Lexicon);

    private static bool NegationIn(Question question, string text)
    {
        var words = text.ToLowerInvariant().Split([' ', ',', '.', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return question.Lexicon.Phrases(Cue.Negation).Any(p => p.Length == 1 && words.Contains(p[0]));
    }

    // The share of the subject a text covers; words of one meaning in the lexicon ("against", "opposition") cover each other.
    private double CoverageOf(Question question, IReadOnlyList<string> subject, HashSet<string> terms, IReadOnlySet<string> context)
    {
        if (terms.Overlaps(_oppositionTerms))
        {
            terms.UnionWith(_oppositionTerms);
        }

        // Another form of the same word ("surprise", "surprising") that the analyzer leaves apart.
        terms.UnionWith(subject.Where(t => !terms.Contains(t) && terms.Any(w => SameWord(t, w))));

        return Coverage.Of(question, subject, terms, _knowledge.Index, context);
    }

    // The entities a passage names, with those of its source's title and headings ("Ukraine" for every passage of an
    // article about the Ukraine mission).
    private IReadOnlySet<string> NamedIn(Sources.Passage passage) =>
        _knowledge.EntitiesIn(passage.Id).Concat(NamedInHeadings(passage)).ToHashSet(StringComparer.Ordinal);

    // A word that asks rather than names, written with or without its apostrophe ("wasn't", "wasnt").
    private bool Asks(string term) => _askingTerms.Contains(term) || _askingTerms.Contains(term.Replace("'", string.Empty, StringComparison.Ordinal));

    private bool AboutOthers(Question question, Sources.Passage passage) =>
        NamedInHeadings(passage).Any(id => id is not ("montenegro" or "nato") && !question.Entities.Any(m => m.Entity.Id == id));

    // Recognised once per passage: every sentence and candidate of a passage asks again.
    private IReadOnlyList<string> NamedInHeadings(Sources.Passage passage) => _headingEntities.GetOrAdd(passage.Id, _ =>
    {
        var title = _knowledge.SourcesById.TryGetValue(passage.SourceId, out var source) ? source.Title : string.Empty;
        return _knowledge.Recognizer.Recognize(title + ". " + string.Join(". ", passage.HeadingPath)).Select(m => m.Entity.Id).ToList();
    });

    // The passages about the subject: those that share its words and names, and those closest to the question in meaning;
    // each with its share of the best lexical score (0 for one found by meaning alone).
    private Dictionary<string, double> CandidatePassages(Question question)
    {
        var words = question.ContentTerms.Where(t => !Asks(t)).ToList();
        var query = words.Any(_oppositionTerms.Contains) ? words.Union(_oppositionTerms).ToList() : words;

        // The derived forms coverage accepts ("agree", "agreement") are searched for as well.
        var suffixes = _knowledge.Lexicon.Phrases(Cue.DerivationalSuffix).Where(p => p.Length == 1).Select(p => p[0]);
        query = query.Concat(query.SelectMany(t => suffixes.Select(suffix => t + suffix)).Where(_knowledge.Index.Knows)).Distinct(StringComparer.Ordinal).ToList();
        var hits = _knowledge.Index.SearchPassages(query, LexicalCandidates);
        var top = hits.Count > 0 && hits[0].Score > 0 ? hits[0].Score : 1;
        var candidates = hits.ToDictionary(h => h.Id, h => (double)h.Score / top, StringComparer.Ordinal);
        if (_semantic is not null && question.Meaning is { } meaning)
        {
            foreach (var hit in _semantic.Search(meaning, SemanticCandidates))
            {
                var id = hit.PassageId.StartsWith(KnowledgeSemantics.FactPrefix, StringComparison.Ordinal)
                    && _knowledge.FactsById.TryGetValue(hit.PassageId[KnowledgeSemantics.FactPrefix.Length..], out var fact)
                        ? fact.PassageId
                        : hit.PassageId;
                candidates.TryAdd(id, 0);
            }
        }

        return candidates;
    }

    // How close in meaning the question is to a sentence; each sentence is encoded once, the first time it is weighed.
    // 0 without the model.
    private double Similarity(Question question, string sentence)
    {
        if (_semantic is null || question.Meaning is not { } meaning)
        {
            return 0;
        }

        var vector = _sentenceVectors.GetOrAdd(sentence, s => _semantic.EmbedAsync(s, EmbeddingPurpose.Passage).AsTask().GetAwaiter().GetResult());
        return SemanticSearch.Similarity(meaning.Vector.Span, vector);
    }

    // Two forms of one word: they differ only after a long shared beginning, by at most one letter of the shorter.
    private static bool SameWord(string left, string right)
    {
        var shorter = Math.Min(left.Length, right.Length);
        var shared = 0;
        while (shared < shorter && left[shared] == right[shared])
        {
            shared++;
        }

        return shared >= MinSharedBeginning && shared >= shorter - 1 && !left.Any(char.IsAsciiDigit);
    }

    private const int MinSharedBeginning = 6;

    private HashSet<string> TermsOf(params Cue[] cues) =>
        cues.SelectMany(_knowledge.Lexicon.Phrases).SelectMany(p => p).SelectMany(_knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);

    private HashSet<string> Terms(string text) => _knowledge.Analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);

    private sealed record Candidate(string PassageId, string Sentence, string Text, double Coverage, double Lexical, bool AboutOthers, bool LeadsToSubject);
}
