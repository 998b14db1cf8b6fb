using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Frames;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Semantic;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Answers questions about Montenegro's foreign relations from the knowledge base: a structured answer
/// from cited facts when one fits, otherwise the best-matching excerpts, otherwise an honest decline
/// with the nearest topics it can answer. Thread-safe; one instance serves every caller. Total: every
/// public method returns an <see cref="Answer"/> for any input (see <c>AnswerEngine.Safety.cs</c>).
/// </summary>
public sealed partial class AnswerEngine
{
    /// <summary>Longest question considered; the rest is ignored rather than refused.</summary>
    public const int MaxQuestionLength = 500;

    private readonly KnowledgeBase _knowledge;
    private readonly IAnswerStrategy[] _strategies;
    private readonly AnswerComposer _composer;

    private readonly AnswerMetrics? _metrics;
    private readonly ILogger? _logger;
    private readonly MontenegrinLocalizer _localizer;
    private readonly FactStrategy _factStrategy;
    private readonly ReasonStrategy _reasons;
    private readonly Language.QuestionNormalizer _normalizer;
    private readonly ISemanticSearch? _semantic;
    private readonly DatedEventStrategy _datedEvents;

    /// <summary>
    /// Creates the engine over a loaded knowledge base; with <paramref name="metrics"/>, every answer is counted and
    /// timed; with <paramref name="logger"/>, an unexpected failure is logged in one line; with <paramref name="semantic"/>,
    /// questions that match no words well enough are answered by meaning.
    /// </summary>
    public AnswerEngine(KnowledgeBase knowledge, AnswerMetrics? metrics = null, ILogger? logger = null, ISemanticSearch? semantic = null)
    {
        _semantic = semantic;
        _knowledge = knowledge;
        _normalizer = semantic is null ? knowledge.Normalizer : knowledge.Normalizer.WithEnglishWords(semantic.Words);
        _metrics = metrics;
        _logger = logger;
        var excerpts = new ExcerptSelector(knowledge.Analyzer, knowledge.Index);
        _composer = new AnswerComposer(knowledge, excerpts);
        _localizer = new MontenegrinLocalizer(knowledge);
        _factStrategy = new FactStrategy(_composer);
        _reasons = new ReasonStrategy(_composer, semantic);
        var eventPairs = new EventPairStrategy(_composer);
        var recognitions = new RecognitionStrategy(_composer);
        var datedEvents = new DatedEventStrategy(_composer);
        _datedEvents = datedEvents;
        _strategies =
        [
            new DayOfEventStrategy(_composer),
            new StanceStrategy(_composer),
            new ListSentenceStrategy(_composer),
            new RecognitionNeighbourStrategy(_composer, recognitions),
            new ChronologyStrategy(_composer, eventPairs),
            new MilestoneOrderStrategy(_composer, eventPairs),
            new TimelineYearStrategy(_composer),
            eventPairs,
            datedEvents,
            new RatificationStrategy(_composer),
            recognitions,
            new DiplomaticRelationsStrategy(_composer),
            _reasons,
            new PollStrategy(_composer),
            _factStrategy,
            new ExcerptStrategy(_composer, excerpts),
            .. semantic is null ? Array.Empty<IAnswerStrategy>() : [new SemanticStrategy(_composer, semantic, knowledge.Abstention)],
            new ReverseDateStrategy(_composer, datedEvents),
            new FigureLookupStrategy(_composer),
            new RoleAtEventStrategy(_composer),
            new RankStrategy(_composer),
            new PersonConnectionStrategy(_composer),
        ];
    }

    /// <summary>The knowledge base the engine answers from.</summary>
    public KnowledgeBase Knowledge => _knowledge;

    /// <summary>Answers <paramref name="text"/>. Blank questions are the caller's to refuse: see <see cref="QuestionText.IsBlank"/>.</summary>
    public Answer Ask(string text) => Ask(text, Conversation.Empty);

    /// <summary>
    /// Answers <paramref name="text"/> as the next question of <paramref name="conversation"/>: an elliptical
    /// follow-up ("and Russia?", "why?") is resolved against the turns before it. The answer's
    /// <see cref="Answer.Turn"/> is what to add to the conversation for the next question.
    /// </summary>
    public Answer Ask(string text, Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(conversation);
        if (_metrics is null)
        {
            return Safely(nameof(Ask), text, t => Compose(t, conversation));
        }

        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var answer = Safely(nameof(Ask), text, t => Compose(t, conversation));
        _metrics.Record(answer, System.Diagnostics.Stopwatch.GetElapsedTime(start));
        return answer;
    }

    private Answer Compose(string text, Conversation conversation, bool whole = false)
    {
        // "@everyone who is the speaker?" asks who the speaker is: a "who" that no longer came first would not be read as
        // asking for a person.
        var cleaned = QuestionText.Clean(QuestionText.WithoutChatAddresses(text), MaxQuestionLength);
        if (cleaned.Length == 0)
        {
            return new Answer(false, "error", "Empty question", "Ask me a question about Montenegro's foreign relations, for example: When did Russia recognise Montenegro?", [], [], []);
        }

        var normalized = _normalizer.Normalize(cleaned);

        // "What's his job, the guy you mentioned?": a description pointing back at the last answers is the pronoun it means.
        if (conversation.Last is not null && normalized.Language == QuestionLanguage.English)
        {
            normalized = normalized with { English = BackReference.Rewrite(normalized.English, _knowledge.Lexicon) };

            // "And Montenegro's embassy over there?": the foreign country the last turn spoke of.
            if (OverThere.Rewrite(normalized.English, conversation.Last, _knowledge) is { } abroad)
            {
                normalized = normalized with { English = abroad };
            }

            // "And what's the next step now?": next after what the conversation told, not a question about today.
            if (StoryNow.Rewrite(normalized.English, _knowledge.Lexicon) is { } storyNext)
            {
                normalized = normalized with { English = storyNext };
            }

            // "And who was openly against it?" after which parties were for it: the last question with its stance turned.
            if (StanceFlip.Rewrite(normalized.English, conversation.Last, _knowledge.Lexicon) is { } turned)
            {
                normalized = normalized with { English = turned };
            }
        }

        if (!whole && normalized.Language == QuestionLanguage.English && MultiPartQuestion.Split(normalized.English, _knowledge.Lexicon) is { } split)
        {
            return AnswerParts(cleaned, split.Parts, split.Scene, conversation, split.Loose ? () => Compose(text, conversation, whole: true) : null);
        }

        var asked = Question.Parse(normalized.English, _knowledge);
        var resolved = FollowUpResolver.Resolve(normalized.English, asked, conversation, _knowledge);
        var question = resolved == normalized.English ? asked : Question.Parse(resolved, _knowledge);
        var frame = FrameParser.Parse(question, normalized);
        var answer = AnswerFrame(question, frame);

        // "What's the next step for Montenegro?" after the vote: a follow-up whose own words the passage answering it alone
        // tells, and the last question's passage does not, is answered from that passage.
        if (conversation.Last is { } previous && !ReferenceEquals(question, asked) && FrameParser.Parse(asked, normalized) is var ownFrame
            && AnswerFrame(asked, ownFrame) is var alone && OwnWords.PreferAlone(asked, alone, answer, previous, _knowledge))
        {
            (question, frame, answer, resolved) = (asked, ownFrame, alone, normalized.English);
        }

        // A follow-up with words of its own but leaning on the last turn ("how many abstained?",
        // "when was it carried out?") is asked again with the last question's words as context.
        var unsettled = !answer.Answered || (asked.Has(Cue.Reaction) && !asked.Words.Contains("to"))
            || (FollowUpResolver.PointsBack(asked) && (FollowUpResolver.NamesOnlyAsQualities(asked, _knowledge) || FollowUpResolver.AsksWhatWasSaid(asked)));
        var strays = !unsettled && ReferenceEquals(question, asked) && ConversationPassage.Strays(asked, answer, conversation, _knowledge);
        if (conversation.Last is { } last && ReferenceEquals(question, asked) && FollowUpResolver.LeansOnContext(asked) && (unsettled || strays))
        {
            // "What happens next?" after "how did Russia react?": a follow-up that names nothing and points at nothing asks about
            // the conversation's subject, which may be a turn before the last (the vote, of which the last asked a side).
            var aboutTheConversation = !answer.Answered && asked.Entities.Count == 0 && FollowUpResolver.IsElliptical(asked)
                && !asked.Has(Cue.ThingPronoun) && !asked.Has(Cue.PersonPronoun);
            var earlier = aboutTheConversation ? EarlierTurnsForContext : 0;
            var turns = ContextTurns.Of(conversation, earlier, asked);
            foreach (var (turn, withContext) in turns.SelectMany(turn => FollowUpResolver.WithContext(normalized.English, turn, _knowledge).Select(w => (turn, w))))
            {
                var contextual = Question.Parse(withContext, _knowledge);
                var contextualFrame = FrameParser.Parse(contextual, normalized);
                var contextualAnswer = AnswerFrame(contextual, contextualFrame);

                // "And when did it actually join?" after the invitation: a question on what came of the last answer is not
                // answered by the date that answer gave, which the last question's words, added as context, lead back to.
                if (contextualAnswer.Answered && (!strays || ConversationPassage.Holds(asked, contextualAnswer, last, _knowledge)) && ContextTurns.Grounds(turn, contextualAnswer, conversation, earlier)
                    && !(asked.Has(Cue.Eventually) && RepeatsTheLastDate(contextualFrame, contextualAnswer, last))
                    && !OwnWords.PreferAlone(asked, answer, contextualAnswer, last, _knowledge))
                {
                    (question, frame, answer, resolved) = (contextual, contextualFrame with { Text = withContext }, contextualAnswer, withContext);
                    break;
                }
            }
        }

        // "Who came after them?": what the source tells next, after what the last answer quoted.
        if (SourceSequel.Next(asked, conversation.Last, _knowledge, id => _composer.Source(id, asked)) is { } next)
        {
            (question, frame, answer, resolved) = (asked, FrameParser.Parse(asked, normalized), next, normalized.English);
        }

        // "When were relations actually established?" after questions on Canada: asked about Canada, not whichever country answers.
        Answer AskAbout(string t) => Question.Parse(t, _knowledge) is var q ? AnswerFrame(q, FrameParser.Parse(q, normalized)) : answer;
        if (conversation.Last is not null && resolved == normalized.English
            && ConversationSubject.Keep(normalized.English, asked, answer, conversation, _knowledge, AskAbout) is { } kept)
        {
            (question, answer, resolved) = (Question.Parse(kept.Text, _knowledge), kept.Answer, kept.Text);
            frame = FrameParser.Parse(question, normalized) with { Text = kept.Text };
        }

        // "What about that ex-FSB guy?" after why relations with Russia soured: the topic's statement telling the follow-up's own
        // words, not the topic's whole story again.
        if (DigestFocus.Narrow(asked, answer, conversation, _composer, _knowledge) is { } onOwnWords)
        {
            answer = onOwnWords;
        }

        // "And what happened two days later?": what the sources date to the time the follow-up names from the conversation's date.
        if (normalized.Language == QuestionLanguage.English && TimeShift.Answer(asked, normalized.English, conversation, _datedEvents.Statements, _composer, answer.Answered) is { } shifted)
        {
            // The question as the rest of the engine read it, with the last turn's words, is kept for the turns after it.
            answer = shifted;
        }

        // "Who did he meet there?": the source's next sentence about the person just named, when the naming one lacks it.
        if (conversation.Last is { } before && PersonSequel.Continue(asked, FollowUpResolver.PersonFor(before), answer, _knowledge) is { } sequel)
        {
            answer = sequel;
        }

        // "Did the speaker back it?", "how did Russia respond?": a detail the conversation's own passages state, which an answer
        // from elsewhere sharing a word of the follow-up does not tell.
        if (normalized.Language == QuestionLanguage.English && ConversationSentence.Prefer(asked, answer, conversation, _knowledge, id => _composer.Source(id, asked)) is { } local)
        {
            (question, frame, answer) = (asked, FrameParser.Parse(asked, normalized), local);
        }

        // "And the EU?" after a question on the UN: the same passage's date, told of the UN, is no answer for the EU.
        if (conversation.Last is { } carriedFrom && !ReferenceEquals(question, asked) && CarriedName.DateOfTheOldName(asked, frame, answer, carriedFrom, _knowledge) is { } oldName)
        {
            answer = _composer.Decline(answer.Intent, "Not in my sources", $"My sources give that date for {oldName} only, not for what you ask about now.", question);
        }

        // "And who were they?" after "how many voted against it?": an answer naming nobody new does not say who they were.
        if (IdentityFollowUp.NamesNobodyNew(asked, answer, conversation, _knowledge))
        {
            answer = _composer.Decline(answer.Intent, "Not in my sources", "My sources don't say who they were: they don't name them.", question);
        }

        // "How many went to Liberia?" after where else peacekeepers were sent: a passage that counts those sent elsewhere and only
        // names Liberia does not say how many went there.
        if (conversation.Last is not null && UncountedPlace.Uncounted(asked, answer, _knowledge) is { } uncounted)
        {
            answer = _composer.Decline(answer.Intent, "Not in my sources", $"My sources don't give that number for {uncounted}: they name it without a count.", question);
        }

        // "Besides the United States, which body…?": the answer goes beyond what the question sets aside, or declines.
        if (Exclusion.Of(question, _knowledge) is { } setAside)
        {
            answer = setAside.Apply(answer, question, _knowledge);
        }

        // "How many in total?", "by how many?": the figure worked out from the counts the answer states, first.
        if (Arithmetic.Apply(asked, question, answer, _knowledge, t => AnswerFrame(Question.Parse(t, _knowledge), frame)) is { } computed)
        {
            answer = computed;
        }

        // "How many NATO countries are named as supporting it?": the countries the sources list, counted, when none states it.
        if (ListedCount.Apply(asked, answer, _knowledge, AskAbout) is { } listed)
        {
            answer = listed;
        }

        // "Did Montenegro join NATO in 2016?": the event found without the year, its date checked against the year asked.
        if ((frame.Intent == Intent.YesNo || question.StartsWith(Cue.YesNo))
            && DetailContradiction.Judge(question, answer, _knowledge, t => AnswerFrame(Question.Parse(t, _knowledge), frame with { Years = [], Text = t })) is { } judged)
        {
            answer = judged;
        }

        if (frame.Intent == Intent.YesNo && answer.Answered && YesNo.Verdict(question, answer, _knowledge) is { } verdict)
        {
            answer = answer with { Text = verdict + " " + answer.Text };
        }
        else if (answer.Answered && YesNo.FramedVerdict(question, answer, _knowledge) is { } dated)
        {
            // "Did the UK recognise Montenegro before France?" framed as a comparison still gets its yes or no.
            answer = answer with { Text = dated + " " + answer.Text };
        }
        else if (answer.Answered && !ReferenceEquals(question, asked) && asked.StartsWith(Cue.YesNo) && YesNo.Verdict(asked, answer, _knowledge) is { } own)
        {
            // "Did the Speaker support it?" answered with the vote as context, which reframes it: the follow-up's own claim,
            // in its own words, is what the evidence is judged against.
            answer = answer with { Text = own + " " + answer.Text };
        }

        // "Was China the first Asian country to recognise Montenegro?": a claim resting on "the first" or "good" that the evidence
        // found neither states nor settles is not answered by it.
        if (UnsupportedQualifier.Of(asked, answer) is { } qualifier)
        {
            answer = _composer.Decline(answer.Intent, "Not in my sources", UnsupportedQualifierText(qualifier) + " The nearest they say: " + Lead(answer), question, answer.Sources);
        }

        // "Who was supposed to be killed?", "did it work?": a short follow-up nothing else answered, read against the passage
        // and answer the last turn left in focus.
        if (normalized.Language == QuestionLanguage.English && FocusFollowUp.Reread(asked, answer, conversation, _knowledge, id => _composer.Source(id, asked)) is { } focused)
        {
            (question, answer) = (asked, focused);
        }

        if (!ReferenceEquals(question, asked) && answer.Answered)
        {
            answer = answer with { Fields = [.. answer.Fields, new AnswerField("Taken as", resolved)] };
        }

        // "During the long wrangle over the Ukraine mission, what did the opposition keep accusing parliament of?": the
        // question proper, asked after its lead-in as after a turn that set the scene, when the whole was not answered.
        if (!answer.Answered && normalized.Language == QuestionLanguage.English && InItsScene(normalized.English, conversation) is { } inScene)
        {
            return inScene;
        }

        // "How did Russia's embassy characterise Montenegro after MPs approved the mission?": the question proper, asked in the
        // scene its closing clause of time names, when the whole was not answered.
        if (!answer.Answered && normalized.Language == QuestionLanguage.English && InItsAnchoringScene(normalized.English, conversation) is { } anchored)
        {
            return anchored;
        }

        if (normalized.Language == QuestionLanguage.Montenegrin)
        {
            answer = _localizer.Localize(answer, normalized.Script);
        }

        return answer with { Turn = new ConversationTurn(cleaned, frame, AnswerFacts.PeopleIn(question.Text, answer, _knowledge), AnswerFacts.YearsIn(answer), FollowUpResolver.PollIn(answer, _knowledge), answer.Sources.Count > 0 ? answer.Sources[0].Id : null, CarriedName.DateIn(answer), answer.Answered ? answer.Text : null, CarriedName.IsoIn(answer)) };
    }

    // The decline's first sentence for a claim's qualifier the sources do not state.
    private static string UnsupportedQualifierText((string Word, UnsupportedQualifier.Kind Kind) qualifier) =>
        qualifier.Kind == UnsupportedQualifier.Kind.SinglingOut
            ? $"My sources don't say that it was the {qualifier.Word} one."
            : $"My sources don't judge whether it was {qualifier.Word}.";

    // Whether a date answer gives the very date the last answer gave.
    private static bool RepeatsTheLastDate(QuestionFrame frame, Answer answer, ConversationTurn last) =>
        frame.AnswerType == AnswerType.Date && last.AnswerDate is { } date && CarriedName.DateIn(answer) == date;

    // The question after a lead-in, answered with the lead-in as the turn before it; a year or a name the lead-in gives must
    // be the answer's too ("In 2019, what did ..." is not answered by 2016, "As for Croatia, ..." not by Montenegro).
    private Answer? InItsScene(string text, Conversation conversation)
    {
        if (LeadInClause.Split(text) is not { } split || Compose(split.Scene, conversation).Turn is not { } sceneTurn)
        {
            return null;
        }

        var answer = Compose(split.Question, conversation.With(sceneTurn));
        var scene = Question.Parse(split.Scene, _knowledge);
        var named = _knowledge.Recognizer.Recognize(answer.Text).Select(m => m.Entity.Id)
            .Concat(answer.Sources.SelectMany(s => _knowledge.EntitiesIn(s.Id)))
            .Concat(answer.Sources.SelectMany(s => _knowledge.Recognizer.Recognize(s.Title)).Select(m => m.Entity.Id)).ToHashSet(StringComparer.Ordinal);
        return answer.Answered
            && scene.Years.All(y => answer.Text.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            && scene.Entities.Where(m => m.Entity.Type == Entities.EntityType.Country && m.Entity.Id != "montenegro").All(m => named.Contains(m.Entity.Id))
            ? answer
            : null;
    }

    // When or where it happened, how many it happened to, whether it did, or who it happened to ("who got convicted"): then
    // the unnamed event is the whole question. "Who was the letter addressed to?" and "which officer is he linked to?" ask
    // for someone the sources may name in other words, so a who-question counts only when the participle follows its
    // auxiliary straight away.
    private static bool AsksAboutTheEvent(Question question, QuestionFrame frame, UnnamedEvent unnamed) =>
        frame.Intent != Intent.Why
        && (question.StartsWith(Cue.When) || question.StartsWith(Cue.Where) || question.Has(Cue.Count) || frame.Intent == Intent.YesNo
            || question.StartsWith(Cue.YesNo) || (question.StartsWith(Cue.Who) && (unnamed.Intended || WhoUndergoes(question.Text, unnamed.Verb))));

    private static bool WhoUndergoes(string text, string participle) =>
        Regex.IsMatch(text, $@"^\W*\w+\s+(?:\w+\s+)?{Regex.Escape(participle)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "When was Montenegro invited, and when did it join?": each part answered in turn, a part able to lean on the one before.
    // The writer's lead-in ("I'm covering the parliament's decision on the Ukraine mission.") is taken as said just before
    // the parts, so that a part that names nothing ("what was the breakdown of votes?") leans on it as on a last turn.
    // A question cut only at a bare "and" ("when did Montenegro join the sanctions and what triggered it") is answered whole
    // when a part is left unanswered and the whole question is answered: the passage that answers it may tell both
    // ("... in 2014 following the annexation of Crimea").
    private Answer AnswerParts(string cleaned, IReadOnlyList<string> parts, string? scene, Conversation conversation, Func<Answer>? whole)
    {
        var answers = new List<Answer>();
        var context = scene is not null && Compose(scene, conversation).Turn is { } sceneTurn ? conversation.With(sceneTurn) : conversation;
        var sceneContext = context;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            bool Repeats(Answer a) => a.Answered && answers.Any(earlier => earlier.Answered && earlier.Text == a.Text) && !TellsOf(part, a);
            var answer = Compose(part, context);
            if (!answer.Answered && scene is not null && Compose(scene + " " + part, context) is { Answered: true } inScene)
            {
                // A part the lead-in's words complete ("What was the breakdown of votes?" after "... the Ukraine mission.").
                answer = inScene;
            }

            if (Repeats(answer))
            {
                // "When was the MAP granted, when did the formal invitation arrive?": an earlier part's answer, led back to by
                // that part's words taken as context, does not answer this one. Asked without them it may be answered on its
                // own; else it is a part the sources leave open, and the answer says so rather than repeat itself.
                var alone = ReferenceEquals(context, sceneContext) ? answer : Compose(part, sceneContext);
                answer = Repeats(alone) ? alone with { Answered = false } : alone;
            }

            if ((!answer.Answered || answers.Any(earlier => earlier.Answered && earlier.Text == answer.Text)) && i > 0
                && Question.Parse(part, _knowledge) is var asked
                && PartSentence.Find(asked, parts.Take(i).Select(p => Question.Parse(p, _knowledge)).ToList(), answers, answer, _knowledge) is { } told)
            {
                // "..., and when did it get one?", "..., and when did Montenegro formally become a member?": a part left with
                // no answer of its own is answered by the sentence that dates it in a passage the parts were answered from.
                answer = answer with
                {
                    Answered = true,
                    Intent = "fact",
                    Text = told.Sentence,
                    Fields = [],
                    Sources = [_composer.Source(told.PassageId, asked)],
                    Facts = [],
                };
            }

            answers.Add(answer);
            if (answer.Turn is { } turn)
            {
                context = context.With(turn);
            }
        }

        // So is one whose every part got the same passage ("In the December 2015 poll, how many supported membership, how many
        // opposed it, ..."): told once, whole, not once a part.
        if (whole is not null && (answers.Any(a => !a.Answered) || answers.All(a => a.Text == answers[0].Text)) && whole() is var one
            && (one.Answered || answers.All(a => !a.Answered)))
        {
            // A whole no part of which is answered is declined whole, with the nearest topics, not once a part.
            return one;
        }

        var text = string.Join("\n\n", answers.Select((a, i) => a.Answered
            ? $"{i + 1}. {a.Text}"
            : $"{i + 1}. My sources don't answer \"{parts[i]}\"."));
        // A passage cited by two parts is cited once, with the longer excerpt: a later part may quote the sentence after
        // the one an earlier part quoted ("Their activities included a meeting with President Vujanović").
        var sources = answers.SelectMany(a => a.Sources).GroupBy(s => s.Id).Select(g => g.MaxBy(s => s.Excerpt.Length)!).ToList();
        var last = answers[^1].Turn;
        return new Answer(answers.Any(a => a.Answered), "multi", "Your questions", text, [], sources, [])
        {
            Facts = answers.SelectMany(a => a.Facts).ToList(),
            Turn = last is null ? null : last with { Question = cleaned },
        };
    }

    // Whether an answer an earlier part also got may answer this part too. One passage often tells two things asked ("and
    // what did the deal permit?", "and how did Russia respond?"), but one date is seldom that of two events: a part asking
    // when, which does not point back at what came before ("when did they end", "when was it") and whose words the answer
    // lacks, asks of another event. "When did the formal invitation arrive?" is not answered by the MAP's date.
    private bool TellsOf(string part, Answer answer)
    {
        var asked = Question.Parse(part, _knowledge);
        var lexicon = _knowledge.Lexicon;
        if (!asked.StartsWith(Cue.When) || asked.Words.Any(w => lexicon.Words(Cue.ReferringPronoun).Contains(w) || lexicon.Words(Cue.ThingPronoun).Contains(w)))
        {
            return true;
        }

        var told = _knowledge.Analyzer.Terms(answer.Text).ToHashSet(StringComparer.Ordinal);
        return asked.PredicateTerms.Count == 0 || asked.PredicateTerms.Any(told.Contains);
    }

    private Answer AnswerFrame(Question question, QuestionFrame frame)
    {
        // The question is encoded by meaning only if a strategy asks for it (Question.Meaning).
        question.Semantic ??= _semantic;

        if (frame.Intent is Intent.SmallTalk or Intent.Help)
        {
            return SmallTalk.Reply(question, frame);
        }

        // "How many soldiers were killed in Afghanistan?", "When was Zaytsev arrested?": the event asked about is one no source
        // names, so a passage about the same people or place (the deployment, his travels) does not answer it. A Montenegrin
        // question is read word by word into English, where a participle ("zabilježena": recorded) is no sure sign of the
        // event asked about.
        if (question.UnfamiliarEvent is { } unnamed && AsksAboutTheEvent(question, frame, unnamed) && frame.Language == QuestionLanguage.English)
        {
            return _composer.Decline("decline", "Not in my sources",
                unnamed.Intended
                    ? $"My sources don't cover that. {WhatIAnswer}"
                    : $"My sources don't cover that: they never say that anyone or anything {unnamed.Telling}. {WhatIAnswer}",
                question);
        }

        if (frame.Language == QuestionLanguage.English && UnknownPartner.Asked(question))
        {
            return _composer.Decline("decline", "Not in my sources", $"My sources don't cover that. {WhatIAnswer}", question);
        }

        // A structured path that finds nothing does not have the last word: the passages may still say it.
        Answer? tentative = null;
        Answer? unstated = null;
        foreach (var strategy in _strategies)
        {
            if (strategy.TryAnswer(question) is not { } answer
                || (answer.Answered && !SlotCheck.AnswerFits(question, answer.Text + " " + string.Join(" ", answer.Fields.Select(f => f.Value))))
                || (answer.Answered && !NamedCountries.Fits(question, answer))
                || (answer.Answered && !StatesTheEventNoun(question, answer))
                || !ReactedTo.Fits(question, answer, _knowledge))
            {
                continue;
            }

            // The poll found for "margin of error for the October 2017 poll?" is near the question but does not give it.
            if (Unstated(question, answer) is { } lacking)
            {
                unstated ??= lacking;
                continue;
            }

            if (answer.IsTentative)
            {
                tentative ??= answer;
                continue;
            }

            if (tentative is not null && answer.Answered && !States(answer, question))
            {
                continue;
            }

            // "Why" is answered by a cause. Besides the reasoning path and the facts (whose whole sentence a why-question gets),
            // an answer must give one ("because", "aiming to", "fears"): a passage that only shares the question's words ("the
            // 2014 poll" for "why no invitation in 2014"), a list of polls for "why do people oppose", or "yes, Bhutan is on the
            // list" for "why are there no relations with Bhutan" is no answer.
            // "Why is 5 November 2008 significant?" asks what the day stands for: the reverse date lookup answers it by what
            // happened then, which is no cause.
            if (answer.Answered && frame.Intent == Intent.Why && strategy is not (ReasonStrategy or FactStrategy or ReverseDateStrategy)
                && !FactStrategy.GivesReason(question, answer.Text))
            {
                continue;
            }

            // Nor is it answered by what the event asked about brought about ("the invasion drove relations down" for "why did
            // Russia invade Ukraine?"), whatever marker of a reason the sentence holds for something else.
            if (answer.Answered && frame.Intent == Intent.Why && strategy is not ReverseDateStrategy && _reasons.TellsOnlyItsEffect(question, answer.Text))
            {
                continue;
            }

            // A fact's whole sentence may give the cause in its own words ("who had fled Russia ... and had been granted asylum"),
            // but one that only restates what was asked ("China transformed its consulate into an embassy on 7 July 2006" for
            // "why did China turn its consulate into an embassy?") gives none, nor one that adds only what went with or after it.
            if (answer.Answered && frame.Intent == Intent.Why && strategy is FactStrategy && !FactStrategy.GivesReason(question, answer.Text)
                && !(WhyAnswer.SaysMoreThanAsked(question, answer.Text, _knowledge) && WhyAnswer.TellsPriorOrView(question, answer.Text))
                && !WhyAnswer.CallsItAsAsked(question, answer.Text) && !WhyAnswer.TellsItsWeight(question, answer.Text, _knowledge))
            {
                continue;
            }

            return answer;
        }

        if (tentative is not null)
        {
            return tentative with { IsTentative = false };
        }

        if (unstated is not null)
        {
            return unstated;
        }

        // The nearest thing the sources say, when it is close: shown, but not passed off as the answer.
        var named = question.Entities.Select(m => m.Entity).Where(e => e.Id != "nato").ToList();
        if (_factStrategy.BestFact(question, named) is { Coverage: >= NearestFactCoverage } nearest
            && Coverage.OfPredicate(question, _knowledge.Index.TermsOf(nearest.Fact.Id), _knowledge.Index, _knowledge.Index.ContextOf(nearest.Fact.Id)) >= NearestPredicateCoverage)
        {
            return _composer.Decline("decline", "Not exactly in my sources",
                $"My sources don't cover that exactly. The nearest thing they say ({nearest.Fact.Label}): {nearest.Fact.Statement}",
                question, _composer.Sources([nearest.Fact], question));
        }

        return _composer.Decline("decline", "Not in my sources",
            "My sources don't cover that. " + WhatIAnswer,
            question);
    }

    // After a structured path found nothing, a later answer must state what was asked of what was named: a word of the
    // question's predicate ("recognised") and every entity it names. "When did Serbia recognise Montenegro?" is not answered
    // by the referendum that left the State Union of Serbia and Montenegro.
    private bool States(Answer answer, Question question)
    {

        // Within one paragraph: an answer of several excerpts does not join one's entity to another's predicate.
        return answer.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Any(paragraph =>
        {
            var named = _knowledge.Recognizer.Recognize(paragraph).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
            return question.Entities.All(m => named.Contains(m.Entity.Id))
                && (question.PredicateIds.Count == 0
                    || _knowledge.PredicatesNamedBy(_knowledge.Analyzer.Terms(paragraph).ToHashSet(StringComparer.Ordinal)).Overlaps(question.PredicateIds));
        });
    }

    // What a decline says the bot is for, after saying what it does not know.
    private const string WhatIAnswer = "I answer questions about Montenegro's foreign relations: who recognised its independence, its road into NATO, opinion polls on membership, its relations with Russia, China, the United States and Canada, and its part in NATO's mission for Ukraine.";

    // Below this share of the question a fact is too far off to show even as the nearest thing.
    private const double NearestFactCoverage = 0.5;

    // How many turns before the last a follow-up about the conversation as a whole may take its context from.
    private const int EarlierTurnsForContext = 4;

    // ...and it must say most of what the question asks about, not just share its names and years.
    private const double NearestPredicateCoverage = 0.75;

    /// <summary>Every dated NATO milestone from the article and the timeline table, in date order.</summary>
    public Answer NatoTimeline() => Safely(nameof(NatoTimeline), string.Empty, _ => ComposeNatoTimeline());

    private Answer ComposeNatoTimeline()
    {
        var question = Question.Parse("NATO accession timeline", _knowledge);
        // The timeline table dates milestones to the day; the article often only to the month or the summit.
        var tableDates = _knowledge.Facts
            .Where(f => f.IsTimelineStep && f.Milestone is not null && f.Date is not null)
            .ToDictionary(f => f.Milestone!, f => f.Date!, StringComparer.OrdinalIgnoreCase);
        FactDate? TableDate(Fact f) => f.Milestone is not null && tableDates.TryGetValue(f.Milestone, out var d) ? d : null;

        var facts = _knowledge.Facts
            .Where(f => f.Topic == "nato" && f.Date?.Month is not null || (f.Topic == "nato" && f.Milestone is not null))
            .Where(f => !f.IsTimelineStep && f.Date is not null)
            .OrderBy(f => TableDate(f) ?? f.Date)
            .ToList();
        var lines = facts.Select(f => TableDate(f) is { } table && table.Iso != f.Date!.Iso
            ? $"• {f.Date!.Display} (table: {table.Text}): {f.Label}"
            : $"• {f.Date!.Display}: {f.Label}");
        var text = "Montenegro's road into NATO, as my sources date it:\n" + string.Join("\n", lines);
        return new Answer(true, "nato", "Montenegro's road into NATO", text, [], _composer.Sources(facts, question), []) { Facts = facts };
    }

    /// <summary>The passages that best match <paramref name="query"/>, as excerpts, however loosely: an explicit search, not an answer.</summary>
    public Answer Search(string query, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Safely(nameof(Search), query, q => ComposeSearch(q, count));
    }

    private Answer ComposeSearch(string query, int count)
    {
        var question = Question.Parse(QuestionText.Clean(query, MaxQuestionLength), _knowledge);
        var hits = _knowledge.Index.SearchPassages(question.Terms, count);
        if (hits.Count == 0)
        {
            return new Answer(false, "search", "No matches", $"No passage of my sources matches \"{QuestionText.Clean(query, 100)}\".", [], [], _composer.Suggestions(question));
        }

        var sources = hits.Select(h => _composer.Source(h.Id, question)).ToList();
        var text = string.Join("\n\n", sources.Select(s => $"{s.Title}: {s.Excerpt}"));
        return new Answer(true, "search", $"Search: {QuestionText.Clean(query, 100)}", text, [], sources, []);
    }

    /// <summary>The sources the bot answers from, with what each covers and its licence.</summary>
    public Answer SourceList() => Safely(nameof(SourceList), string.Empty, _ => ComposeSourceList());

    private Answer ComposeSourceList()
    {
        var lines = _knowledge.Sources.Select(s =>
            $"• {s.Title} ({s.Kind}{(s.Publisher is null ? string.Empty : ", " + s.Publisher)}; covers {s.Period}; {s.Licence}){(s.Url is null ? string.Empty : " " + s.Url)}{(s.Notes is null ? string.Empty : ". " + s.Notes)}");
        var fields = new List<AnswerField>
        {
            new("Passages", _knowledge.Passages.Count(p => p.IsAnswerable).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Facts", _knowledge.Facts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        return new Answer(true, "sources", "My sources", "I answer only from these documents:\n" + string.Join("\n", lines), fields, [], []);
    }
}
