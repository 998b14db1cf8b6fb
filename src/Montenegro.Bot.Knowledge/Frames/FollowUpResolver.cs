using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// Makes an elliptical follow-up a whole question from the turn before it: "and Russia?" takes the
/// last question with Russia in place of its country, "what about the year after?" with the next year,
/// "why?" asks the last question's why, and "he" is the person the last answer named. A question that
/// brings words of its own (a new predicate) is taken as it stands.
/// </summary>
internal static partial class FollowUpResolver
{
    private const string Home = "montenegro";

    // Small words that carry no predicate of their own.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "for", "in", "on", "about", "what", "how", "then", "so", "ok", "okay", "one", "ones", "is", "was",
        "did", "does", "do", "it", "that", "this", "same", "there", "with", "to", "s", "please", "year", "years",
    };

    /// <summary>Whether <paramref name="word"/> is a small word that carries no predicate of its own.</summary>
    internal static bool IsFiller(string word) => Filler.Contains(word);

    /// <summary>
    /// The follow-up as a whole question, read against the whole conversation: "how long did that take?" after two
    /// dated questions asks for the time between their events; anything else leans on the last turn alone.
    /// </summary>
    public static string Resolve(string english, Question question, Conversation conversation, KnowledgeBase knowledge)
    {
        var turns = conversation.Turns;

        // "What about October of that year?" after an answer that gave polls of one date: the polls of the date it counts to.
        if (PollSequel.Dated(question, conversation.Last) is { } pollThen)
        {
            return pollThen;
        }

        // "Who visited later that month?" after an answer dated to a month: its own question, in that month, not the time
        // between the last two dated turns.
        if (conversation.Last is { } last && SameMonth.Resolve(english, last) is { } inThatMonth)
        {
            return inThatMonth;
        }

        // "Was that before or after the US Senate vote?": the last answer's event against the one the follow-up names.
        if (EventSide.Resolve(english, question, conversation.Last, knowledge) is { } side)
        {
            return side;
        }

        if (RelativeSpan.Resolve(question, conversation, knowledge) is { } span)
        {
            return span;
        }

        // "How long did that take?" after the application, who backed it and the grant: the last two questions answered
        // with a date, with a question on something else between them.
        var dated = turns.TakeLast(3).Where(t => Dated(t) && t.AnswerYears.Count > 0).ToList();
        if (dated.Count >= 2 && BetweenTheLastTwo(question, dated[^2], dated[^1], knowledge) is { } between)
        {
            return between;
        }

        if (PollSequel.ChangeBetween(question, turns) is { } change)
        {
            return change;
        }

        // "Which of those two had the bigger lead?" after two turns that each gave a poll: those two polls, named.
        if (PollPair.Resolve(english, question, turns) is { } pair)
        {
            return pair;
        }

        if (WhichOfSeveral(question, turns, knowledge) is { } several)
        {
            return several;
        }

        if (turns.Count >= 2 && WhichOfTheLastTwo(question, turns[^2], turns[^1], knowledge) is { } which)
        {
            return which;
        }

        // "So when did it finally become a member?" after "whose ratification finished the process?", which named nothing: what
        // came of it all is asked of the names of the nearest turn that named any (NATO, Montenegro).
        if (question.Has(Cue.Eventually) && question.Has(Cue.ThingPronoun) && question.Entities.Count == 0 && turns.Count >= 2 && !NamesAny(turns[^1], knowledge)
            && turns.Reverse().Skip(1).FirstOrDefault(t => NamesAny(t, knowledge)) is { } named)
        {
            return WithNames(english, named, knowledge);
        }

        // "So when did Montenegro officially become a member?" after "which ally completed the ratifications?", which named
        // nothing but Montenegro: a clause of its own, naming nothing else either, is asked with the names the turns before
        // gave (NATO). After "who did he meet?" the last turn carries the topic itself, through the person "he" stood for.
        if (question.Entities.Count == 0 && question.Years.Count == 0 && turns.Count >= 2 && HasOwnSubject(question)
            && Question.Parse(knowledge.Normalizer.Normalize(turns[^1].Frame.Text).English, knowledge) is var lastAsked
            && knowledge.Recognizer.Recognize(lastAsked.Text).All(m => m.Entity.Id == Home)
            && !Question.Parse(knowledge.Normalizer.Normalize(turns[^1].Question).English, knowledge).Has(Cue.PersonPronoun)
            && AsksItsOwn(question, lastAsked) && NamesBefore(turns, english, knowledge) is { Count: > 0 } before)
        {
            return $"{english.TrimEnd('?', ' ', '.', '!')} ({string.Join(", ", before)})?";
        }

        // "And the highest?" after "what was the lowest support?" and "who ran that poll?": the end is turned on the turn that
        // asked for one, not on the question between, which asked about the one poll found and has no end to turn.
        if (RankedEarlier(question, turns, knowledge) is { } ranked)
        {
            return Resolve(english, question, ranked, knowledge);
        }

        return Resolve(english, question, conversation.Last, knowledge);
    }

    // How far back a turn that asked for an end or a side is still the one a bare "and the highest?" turns around.
    private const int RankTurnsBack = 3;

    /// <summary>
    /// The latest of the few turns before the last that asked for the end or side opposite to the one an elliptical follow-up
    /// asks for, when the last turn asked for neither; null otherwise.
    /// </summary>
    private static ConversationTurn? RankedEarlier(Question question, IReadOnlyList<ConversationTurn> turns, KnowledgeBase knowledge)
    {
        if (turns.Count < 2 || !IsElliptical(question) || question.Entities.Count > 0 || question.Years.Count > 0)
        {
            return null;
        }

        Question Asked(ConversationTurn turn) => Question.Parse(knowledge.Normalizer.Normalize(turn.Frame.Text).English, knowledge);
        var last = Asked(turns[^1]);
        var earlier = new Lazy<List<(ConversationTurn Turn, Question Asked)>>(() => turns.Reverse().Skip(1).Take(RankTurnsBack).Select(t => (t, Asked(t))).ToList());
        foreach (var (cue, opposite) in Opposites)
        {
            if (HasOwn(question, cue) && !last.Has(cue) && !last.Has(opposite)
                && earlier.Value.FirstOrDefault(e => e.Asked.Has(opposite) && !e.Asked.Has(cue)) is { Turn: { } ranked })
            {
                return ranked;
            }
        }

        return null;
    }

    // How many turns back the names a follow-up is asked with may come from, past a last turn that named nothing.
    private const int NamedTurnsBack = 3;

    // The names of the few turns before the last, latest first, that the question does not name itself.
    private static List<string> NamesBefore(IReadOnlyList<ConversationTurn> turns, string english, KnowledgeBase knowledge) =>
        turns.Reverse().Skip(1).Take(NamedTurnsBack)
            .SelectMany(t => knowledge.Recognizer.Recognize(knowledge.Normalizer.Normalize(t.Frame.Text).English))
            .Where(m => m.Entity.Id != Home && !english.Contains(m.Entity.Name, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Entity.Name).Distinct(StringComparer.Ordinal).ToList();

    private static bool NamesAny(ConversationTurn turn, KnowledgeBase knowledge) =>
        knowledge.Recognizer.Recognize(knowledge.Normalizer.Normalize(turn.Frame.Text).English).Count > 0;

    public static string Resolve(string english, Question question, ConversationTurn? last, KnowledgeBase knowledge)
    {
        if (last is null || question.WordList.Count == 0)
        {
            return english;
        }

        var previous = knowledge.Normalizer.Normalize(last.Frame.Text).English;
        var prevQuestion = Question.Parse(previous, knowledge);
        var text = english;
        if (question.Has(Cue.PersonPronoun) && PersonFor(last) is { } person && !NamesItsOwnPerson(english, knowledge))
        {
            text = ReplacePronouns(text, person);
        }

        // "And the CEDEM one a few months before?" after an answer that gave one poll: the poll on that side of it.
        if (last.AnswerPoll is { } lastPoll && PollSequel.Resolve(question, lastPoll) is { } sequel)
        {
            return sequel;
        }

        // "what was the support in that one?" after an answer that gave one poll: that poll.
        if (last.AnswerPoll is { } poll && PhraseOf(question, Cue.PollReference) is { } reference)
        {
            return ReplaceWord(text, reference, poll);
        }

        // "What was the lead?" after an answer that gave one poll: a figure of a poll, asked of no poll, name or year of its
        // own, is that poll's.
        if (last.AnswerPoll is { } focusPoll && AsksAFigureOfNoPoll(question))
        {
            return $"{text.TrimEnd('?', ' ', '.', '!')} in {focusPoll}?";
        }

        if (SinceTheLastEvent(question, previous) is { } between)
        {
            return between;
        }

        // "And the Movement for Changes?" after "which party opposes NATO?": a fragment naming something the knowledge base has
        // no entity for asks about it on the last question's topic, which the last question's names carry (its words, "which
        // party opposes", would ask for another party).
        if (UnknownNameWords(question) is { Count: > 0 } nameWords && IsFragment(question, nameWords) && ReferenceEquals(text, english))
        {
            return WithNames(english, last, knowledge);
        }

        // "and Montenegro's in Beijing?" after "when was China's embassy in Podgorica set up?": the owner and the place both change.
        if (ReferenceEquals(text, english) && OwnerPlace.Swap(question, previous, knowledge) is { } swapped)
        {
            return swapped;
        }

        // "And Montenegro's own parliament?" after "which country was the last to ratify?": the one the follow-up names did what
        // the last question asked who did.
        if (ReferenceEquals(text, english) && ActorInPlace.Resolve(question, prevQuestion, last, knowledge) is { } actor)
        {
            return actor;
        }

        // "Did any pro-Russian MPs back it?": a country named only as a quality of someone is no name to put in the last
        // question's place; the follow-up has a subject of its own.
        if (question.Entities.Count > 0 && question.Entities.All(m => IsStance(question, m)))
        {
            return text;
        }

        // "Why did he come?": with the person named in place of "he", the follow-up has a subject of its own. So has "how did
        // Russia react?" after a question that did not name Russia: the one reacting is a new actor, not a name in the last
        // question's place.
        if (!IsElliptical(question) || !ReferenceEquals(text, english) || NewActorReacts(question, prevQuestion) || RanksAThingOfItsOwn(question))
        {
            return text;
        }

        var resolved = previous.TrimEnd('?', ' ', '.', '!');
        var changed = false;

        // "How many were against?" after "did parliament approve sending personnel to the mission?": a yes/no question is a
        // clause a figure cannot be stitched onto ("did parliament approve ... against"); the figure is asked of its names.
        if (last.AnswerPoll is null && prevQuestion.StartsWith(Cue.YesNo) && AsksFigure(question) && LeadingQuestionWord().IsMatch(english))
        {
            return WithNames(english, last, knowledge);
        }

        // "Which ones came last?" after "was it the first of the permanent members to do that?" and "and the UK?": the claim
        // made of one name, at the end the follow-up asks for, asked of all without the name ("which were the last of ...").
        if (YesNoTurnedToWhich(question, prevQuestion, resolved, knowledge) is { } which)
        {
            return which;
        }

        // "Who were the last ones?" after questions on single countries: the last of all, not of the countries named. (After
        // "which was first?" the other end takes its place below.)
        if (question.Has(Cue.Several) && question.Entities.Count == 0 && question.Years.Count == 0 && !prevQuestion.Has(Cue.First) && !prevQuestion.Has(Cue.Last)
            && (FirstWordOf(question, Cue.Last) ?? FirstWordOf(question, Cue.First)) is { } order && WithoutNames(resolved, knowledge) is { } unnamed)
        {
            var asks = question.WordList.FirstOrDefault(w => w is "who" or "which") ?? "which";
            return $"{asks} {LeadingQuestionWord().Replace(unnamed, string.Empty)} {order}?";
        }

        // "What did Montenegro refuse in 2023?" after "when did he flee Russia?": a clause with a subject, a verb and a year of
        // its own is a whole question, not the last one moved to another year.
        if (question.Years.Count > 0 && HasOwnSubject(question) && (HasOwnPredicate(question, prevQuestion) || AsksAnotherWay(question, prevQuestion)))
        {
            return text;
        }

        // New names take the place of the last question's names of the same kind.
        var newEntities = question.Entities.Where(m => m.Entity.Id != "montenegro").ToList();
        foreach (var mention in newEntities)
        {
            var old = prevQuestion.Entities.FirstOrDefault(m => SameKind(m.Entity, mention.Entity) && m.Entity.Id != mention.Entity.Id);
            resolved = old is not null ? ReplaceWord(resolved, old.Text, mention.Entity.Name) : $"{resolved} {mention.Entity.Name}";
            changed = true;
        }

        // "and croats?" after "what share of Montenegrin Serbs backed NATO?": a part of the population the sources know no
        // name for takes the place of the group asked about, so the poll answer can say it has no figure for it.
        if (UnnamedGroup(question, prevQuestion) is { } group)
        {
            var old = prevQuestion.Entities.FirstOrDefault(m => m.Entity.Type == EntityType.Group);
            resolved = old is not null ? ReplaceWord(resolved, old.Text, group) : $"{resolved} among {group}";

            // "how about among Montenegrin Serbs?" asked the group's share without saying so; for the new group it is said.
            if (!AsksFigure(Question.Parse(resolved, knowledge)))
            {
                resolved = $"what share of {group} ({LeadingQuestionWord().Replace(resolved, string.Empty)})";
            }

            changed = true;
        }

        // A new year, or the year after or before the one in context.
        var baseYear = prevQuestion.Years.Count > 0 ? prevQuestion.Years[^1] : last.AnswerYears.Count > 0 ? last.AnswerYears[0] : (int?)null;
        int? year = question.Years.Count > 0 ? question.Years[0]
            : question.Has(Cue.YearAfter) && baseYear is { } a ? a + 1
            : question.Has(Cue.YearBefore) && baseYear is { } b ? b - 1
            : null;
        if (year is { } y)
        {
            var yearText = y.ToString(CultureInfo.InvariantCulture);
            resolved = prevQuestion.Years.Count > 0
                ? ReplaceWord(resolved, prevQuestion.Years[^1].ToString(CultureInfo.InvariantCulture), yearText)
                : $"{resolved} in {yearText}";

            // "and the year after?" after "the October 2010 poll": the next year's, whatever its month.
            if (question.Months.Count == 0)
            {
                resolved = MonthWord().Replace(resolved, m => Facts.FactDate.MonthOf(m.Value) is not null && m.Value != "may" ? string.Empty : m.Value);
                resolved = Regex.Replace(resolved, @"\s{2,}", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
            }

            changed = true;
        }

        // "Why are so many against it?" after a poll asks the cause of the side taken, not its figure: of what was polled
        // (NATO), not of the pollster's poll or its year, of which no cause is told.
        if (question.StartsWith(Cue.Why) && (HasOwn(question, Cue.Opposition) || HasOwn(question, Cue.Support)))
        {
            return WithNames(english, last, knowledge, withPollsters: false);
        }

        // "and the lowest?", "and against?": the other end or side.
        foreach (var (cue, opposite) in Opposites)
        {
            if (HasOwn(question, cue) && !prevQuestion.Has(cue) && !SideWordBeforeAName(question, cue, opposite, prevQuestion, knowledge))
            {
                // "Who were the last of the five?" after "and Britain?": the end of all, not of the one the last question named.
                if (!changed && AsksForSeveral(question) && WithoutNames(resolved, knowledge) is { } ofAll)
                {
                    resolved = ofAll;
                }

                // "the most recent": a rank of several words is one too.
                var word = FirstWordOf(question, cue) ?? PhraseOf(question, cue);
                // "Which had the highest support?" after "and the latest one?": one rank takes the place of another.
                var oldWord = FirstWordOf(prevQuestion, opposite) ?? Ranks.Where(r => Ranks.Contains(cue) && r != cue && !HasOwn(question, r)).Select(r => FirstWordOf(prevQuestion, r)).FirstOrDefault(w => w is not null);
                resolved = oldWord is not null ? ReplaceWord(resolved, oldWord, word!) : $"{resolved} {word}";
                changed = true;
            }
        }

        // "why?", "when?", "who?": the same question, asked another way.
        var wh = question.WordList.FirstOrDefault(w => w is "why" or "when" or "who" or "where" or "how");
        if (!changed && wh is not null)
        {
            var body = LeadingQuestionWord().Replace(resolved, string.Empty);
            resolved = $"{wh} {body}";
            changed = true;

            // "When did it become a full member?" after "when was it invited to join?": the last question asked again cannot
            // be what a follow-up with a clause of its own asks; its own words stand. Nor can the last question asked another
            // way be what a follow-up asking how things ended asks ("so when did it finally become a member?").
            var askedAgain = string.Equals(resolved, previous.TrimEnd('?', ' ', '.', '!'), StringComparison.OrdinalIgnoreCase);
            if ((askedAgain || question.Has(Cue.Eventually)) && HasOwnPredicate(question, prevQuestion))
            {
                return text;
            }

            // Nor is "how many people did they survey?" the last question asked another way: its question phrase is more than a
            // question word ("how many people"), which the last question's words after one question word would lose.
            if (question.WordList.SkipWhile(w => w != wh).Skip(1).FirstOrDefault() is { } next && !question.Lexicon.Words(Cue.YesNo).Contains(next))
            {
                return text;
            }
        }

        return changed ? resolved + "?" : text;
    }

    /// <summary>
    /// "Which ones came last?" after a yes/no question on one name at one end ("was it the first of the permanent members to
    /// do that (...) United Kingdom?"): the claim without its auxiliary, subject and names, with the follow-up's end in place
    /// of the old one, asked as "which were the last of the permanent members to do that (...)?". Null unless the follow-up
    /// asks for several at an end, with no name or year of its own, and the last question was a yes/no on an end.
    /// </summary>
    private static string? YesNoTurnedToWhich(Question question, Question prevQuestion, string previous, KnowledgeBase knowledge)
    {
        if (!question.Has(Cue.Several) || question.Entities.Count > 0 || question.Years.Count > 0 || !prevQuestion.StartsWith(Cue.YesNo)
            || (FirstWordOf(question, Cue.Last) ?? FirstWordOf(question, Cue.First)) is not { } end
            || (FirstWordOf(prevQuestion, Cue.First) ?? FirstWordOf(prevQuestion, Cue.Last)) is not { } oldEnd)
        {
            return null;
        }

        // "was it ...": the auxiliary and the pronoun for the one thing it asked about come off the front.
        var claim = (WithoutNames(previous, knowledge) ?? previous).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var pronouns = question.Lexicon.Words(Cue.ThingPronoun);
        var skip = claim.Count > 1 && pronouns.Contains(claim[1].ToLowerInvariant()) ? 2 : 1;
        var asks = question.WordList.FirstOrDefault(w => w is "who" or "which") ?? "which";
        return $"{asks} were {ReplaceWord(string.Join(' ', claim.Skip(skip)), oldEnd, end)}?";
    }

    /// <summary>
    /// "How long after that did it join?" after "When was Montenegro invited?": the time between the event the last
    /// question asked about and the one this one names, as "how long between (last question) and (the rest)".
    /// </summary>
    private static string? SinceTheLastEvent(Question question, string previous)
    {
        if (!question.Has(Cue.Duration))
        {
            return null;
        }

        var words = question.WordList;
        var after = question.Lexicon.Words(Cue.After);
        var pronouns = question.Lexicon.Words(Cue.ThingPronoun);
        var at = Enumerable.Range(0, Math.Max(0, words.Count - 1)).FirstOrDefault(i => after.Contains(words[i]) && pronouns.Contains(words[i + 1]), -1);
        if (at < 0)
        {
            return null;
        }

        // What follows the pronoun, less the auxiliary that opens it ("did it join": "it join").
        var auxiliaries = question.Lexicon.Words(Cue.YesNo);
        var rest = words.Skip(at + 2).SkipWhile(auxiliaries.Contains).ToList();
        if (rest.Count == 0)
        {
            return null;
        }

        var last = LeadingQuestionWord().Replace(previous.TrimEnd('?', ' ', '.', '!'), string.Empty);
        return $"how long between {last} and {string.Join(' ', rest)}?";
    }

    /// <summary>
    /// "How long did that take?", "how many days passed between them?", "how long between the two?" after two questions
    /// answered with dates: the time between the events of those two questions. Only when the question names no event, name or year of its own.
    /// </summary>
    private static string? BetweenTheLastTwo(Question question, ConversationTurn earlier, ConversationTurn last, KnowledgeBase knowledge)
    {
        if (!question.Has(Cue.Duration) || !PointsBack(question) || question.Entities.Count > 0 || question.Years.Count > 0
            || !Dated(earlier) || !Dated(last)
            || earlier.AnswerYears.Count == 0 || last.AnswerYears.Count == 0 || question.WordList.Count > 8)
        {
            return null;
        }

        // Each question without its opening "and" or "what about", which would run into the "and" between the two.
        var openers = question.Lexicon.Phrases(Cue.FollowUp).Select(p => string.Join(' ', p) + " ").ToList();
        string Event(ConversationTurn turn)
        {
            var text = knowledge.Normalizer.Normalize(turn.Frame.Text).English.TrimEnd('?', ' ', '.', '!');
            var opener = openers.FirstOrDefault(o => text.StartsWith(o, StringComparison.OrdinalIgnoreCase));
            return opener is null ? text : text[opener.Length..];
        }

        return $"how long between {Event(earlier)} and {Event(last)}?";
    }

    // A turn that asked for a date, or an elliptical one ("and the invitation?" after a date) answered with a full one.
    private static bool Dated(ConversationTurn turn) => turn.Frame.AnswerType == AnswerType.Date || turn.AnswerIso is not null;

    /// <summary>
    /// "So which came first?", "which was earlier?" after two questions answered with dates: the two events of those
    /// questions set side by side, as "which came first, (earlier question) or (last question)?", so that the answer
    /// compares the two with a verdict and both dates. Only when the question names no event, name or year of its own.
    /// </summary>
    private static string? WhichOfTheLastTwo(Question question, ConversationTurn earlier, ConversationTurn last, KnowledgeBase knowledge)
    {
        var ordering = OrderingWord(question);
        // "Who were the last ones?" asks for several, not for one of the two.
        if (ordering is null || question.Has(Cue.Several) || question.Has(Cue.Before) || question.Has(Cue.After) || question.Has(Cue.Duration) || question.Entities.Count > 0
            || question.Years.Count > 0 || question.WordList.Count > 6 || earlier.AnswerYears.Count == 0 || last.AnswerYears.Count == 0)
        {
            return null;
        }

        var (a, b) = (EventOf(earlier, question, knowledge), EventOf(last, question, knowledge));
        return string.Equals(a, b, StringComparison.OrdinalIgnoreCase) ? null : $"which came {ordering}, {a} or {b}?";
    }

    // The word that asks which came first or last ("first", "earliest", "last"). "Who visited soon after them?" places a new
    // event after the last one: "before" and "after" are no ordering words here.
    private static string? OrderingWord(Question question) =>
        question.Lexicon.Phrases(Cue.First).Concat(question.Lexicon.Phrases(Cue.Last)).Where(p => p.Length == 1).Select(p => p[0])
            .Except(question.Lexicon.Phrases(Cue.Before).Concat(question.Lexicon.Phrases(Cue.After)).Where(p => p.Length == 1).Select(p => p[0]))
            .FirstOrDefault(question.Words.Contains);

    /// <summary>
    /// "Which of those three was first?" after Russia, "and the UK?" and "what about France?": the names of the last turns,
    /// one each, listed with what the earliest of them asked ("recognise Montenegro"), as "which came first: Russia, United
    /// Kingdom or France recognise Montenegro?", for the date order of all of them. Only when the question says how many
    /// ("those three") and names no event, name or year of its own.
    /// </summary>
    private static string? WhichOfSeveral(Question question, IReadOnlyList<ConversationTurn> turns, KnowledgeBase knowledge)
    {
        var ordering = OrderingWord(question);
        var numbers = question.Lexicon.Words(Cue.NumberWord);
        if (ordering is null || question.Entities.Count > 0 || question.Years.Count > 0 || question.WordList.Count > 8
            || !question.WordList.Any(w => numbers.Contains(w) || w.All(char.IsAsciiDigit)) || !PointsBack(question))
        {
            return null;
        }

        // The turns that each named one thing of their own, counted back from the last.
        var named = new List<(ConversationTurn Turn, string Id)>();
        foreach (var turn in turns.Reverse())
        {
            var ids = turn.Frame.EntityIds.Where(id => id != Home).ToList();
            if (ids.Count != 1 || named.Any(n => n.Id == ids[0]))
            {
                break;
            }

            named.Insert(0, (turn, ids[0]));
        }

        // "The last of the five" after three countries asks of five, not of the three named; "those three" after four names the
        // last three.
        var count = question.WordList.Select(StatedCountReader.Cardinal).Max();
        if (named.Count < 3 || count > named.Count)
        {
            return null;
        }

        named = count is { } n && n >= 3 ? named.TakeLast(n).ToList() : named;

        var earliest = Question.Parse(EventOf(named[0].Turn, question, knowledge), knowledge);
        var mention = earliest.Entities.FirstOrDefault(m => m.Entity.Id == named[0].Id);
        if (mention is null)
        {
            return null;
        }

        var what = Regex.Replace(earliest.Text, $@"\b{Regex.Escape(mention.Text)}\b", string.Empty, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)).Trim();
        var names = named.Select(n => knowledge.EntitiesById[n.Id].Name).ToList();
        return $"which came {ordering}: {string.Join(", ", names.SkipLast(1))} or {names[^1]} {what}?";
    }

    // What a turn asked about: its question as answered, without its opening "and"/"what about" or its question word.
    internal static string EventOf(ConversationTurn turn, Question question, KnowledgeBase knowledge)
    {
        var openers = question.Lexicon.Phrases(Cue.FollowUp).Select(p => string.Join(' ', p) + " ").ToList();
        var text = knowledge.Normalizer.Normalize(turn.Frame.Text).English.TrimEnd('?', ' ', '.', '!');
        var opener = openers.FirstOrDefault(o => text.StartsWith(o, StringComparison.OrdinalIgnoreCase));
        text = LeadingQuestionWord().Replace(opener is null ? text : text[opener.Length..], string.Empty);

        // "did Montenegro enter ...": the auxiliary would make the side a yes/no question of its own.
        var auxiliary = question.Lexicon.Phrases(Cue.YesNo).Where(p => p.Length == 1).Select(p => p[0] + " ")
            .FirstOrDefault(a => text.StartsWith(a, StringComparison.OrdinalIgnoreCase));
        return auxiliary is null ? text : text[auxiliary.Length..];
    }

    /// <summary>The one poll an answer gave, as "the CEDEM poll of Nov 2008", for a follow-up's "that one"; null for none or several.</summary>
    public static string? PollIn(Answer answer, KnowledgeBase knowledge)
    {
        var polls = answer.Facts.Where(f => f.Poll is not null).DistinctBy(f => f.Id).ToList();
        if (!answer.Answered || polls.Count != 1)
        {
            return null;
        }

        var poll = polls[0];
        var pollster = poll.Poll!.PollsterId is { } id && knowledge.EntitiesById.TryGetValue(id, out var entity) ? $" {entity.Name}" : string.Empty;
        var date = poll.Date is { } d ? $" of {d.Text}" : string.Empty;
        return $"the{pollster} poll{date}";
    }

    /// <summary>
    /// Whether a question points back at something the conversation named: a pronoun for a thing ("it", "that") or a
    /// number of things already named ("the two countries", "those three").
    /// </summary>
    public static bool PointsBack(Question question)
    {
        if (question.Has(Cue.ThingPronoun))
        {
            return true;
        }

        var references = question.Lexicon.Words(Cue.Reference);
        var numbers = question.Lexicon.Words(Cue.NumberWord);
        var words = question.WordList;
        return Enumerable.Range(0, Math.Max(0, words.Count - 1)).Any(i => references.Contains(words[i]) && (numbers.Contains(words[i + 1]) || words[i + 1].All(char.IsAsciiDigit)));
    }

    /// <summary>
    /// Whether a question names no one, or names countries only by their adjective as a quality of someone ("from the
    /// pro-Russian side"): "who backed it from the pro-Russian side?" asks about what "it" was, not about Russia.
    /// </summary>
    public static bool NamesOnlyAsQualities(Question question, KnowledgeBase knowledge) =>
        question.Entities.All(m => knowledge.CountryOfAdjective(m.Text.ToLowerInvariant()) == m.Entity.Id);

    /// <summary>Whether a question asks what someone said ("what did the Russians say about it?").</summary>
    public static bool AsksWhatWasSaid(Question question) =>
        question.PredicateIds.Any(id => question.Knowledge?.Predicates.Find(id)?.IsReporting == true);

    /// <summary>Whether a question leans on the turn before it: a pronoun for a thing, an opening "and", only a few words, or no name or year of its own.</summary>
    public static bool LeansOnContext(Question question) =>
        question.Has(Cue.ThingPronoun) || question.StartsWith(Cue.FollowUp) || question.WordList.Count <= 4

        // Nothing of its own to say what it is about ("who was going to be assassinated?"): no name, no year.
        || (question.Entities.Count == 0 && question.Years.Count == 0);

    /// <summary>
    /// The question with what the last question was about added as context: its names (Montenegro too)
    /// and years, not its predicate, so "and when did it join?" after "when was it invited?" asks about joining.
    /// </summary>
    public static IEnumerable<string> WithContext(string english, ConversationTurn last, KnowledgeBase knowledge)
    {
        var previous = OtherEnd(Question.Parse(english, knowledge), knowledge.Normalizer.Normalize(last.Frame.Text).English.TrimEnd('?', ' ', '.', '!'), knowledge);
        var withWords = $"{english.TrimEnd('?', ' ', '.', '!')} ({LeadingQuestionWord().Replace(previous, string.Empty)})?";

        // "When did they open an embassy in Podgorica?" after a question on China and Montenegro: "they" is China, a name,
        // which later follow-ups can build on; the last question's words come only if that finds nothing.
        if (PluralAntecedent.Resolve(english, previous, knowledge) is { } named)
        {
            yield return named;
        }

        // "Who did they meet?" after "Which US senators visited?": a plural "they" stands for the people the last question
        // asked about, which its words name ("senators") and its names alone ("the United States") do not.
        if (PluralPronoun().IsMatch(english))
        {
            yield return withWords;
        }

        // "Which of the big five came first?" after "and Britain?": the names the last question asked about are among those
        // the follow-up orders, so its words come without them ("did recognise Montenegro"), not with Britain as the answer.
        if (Question.Parse(english, knowledge) is var asked && (asked.Has(Cue.First) || asked.Has(Cue.Last)) && WithoutNames(previous, knowledge) is { } unnamed)
        {
            yield return $"{english.TrimEnd('?', ' ', '.', '!')} ({LeadingQuestionWord().Replace(unnamed, string.Empty)})?";
        }

        // "When did it apply for it?" after "When did Montenegro obtain its NATO Membership Action Plan?": "it" is the thing
        // the last question asked about ("its NATO Membership Action Plan"), which its names alone (Montenegro, NATO) lose.
        var asksBack = Question.Parse(english, knowledge);
        if (asksBack.Has(Cue.ThingPronoun) && ObjectPhrase(previous, asksBack, knowledge) is { } thing)
        {
            yield return $"{english.TrimEnd('?', ' ', '.', '!')} ({thing})?";
        }

        // "With whose backing?" after it: a fragment with no word of its own asks about the last question's event as a whole.
        // "How did Russia react?" has a word of its own when Russia is new: the reaction, told apart from the event. So has
        // "when did it finally become a member?": how things ended, which the last question's words would lead back from.
        if (IsElliptical(asksBack) && !NewActorReacts(asksBack, Question.Parse(previous, knowledge)) && !asksBack.Has(Cue.Eventually))
        {
            yield return withWords;
        }

        yield return WithNames(english, last, knowledge);

        // Failing that, the last question's own words: "how many abstained?" after a question on the vote.
        yield return withWords;
    }

    /// <summary>
    /// What a question's verb takes as its object, when that is a thing of its own and not only names: "its NATO Membership
    /// Action Plan" in "when did Montenegro obtain its NATO Membership Action Plan". The question word, the auxiliary, the
    /// subject (a name or a pronoun) and the verb come off the front; null without an auxiliary after the question word or
    /// when what is left is a name or names nothing but names.
    /// </summary>
    private static string? ObjectPhrase(string previous, Question question, KnowledgeBase knowledge)
    {
        var body = LeadingQuestionWord().Replace(Regex.Replace(previous, @"\s*\(.*$", string.Empty, RegexOptions.None, TimeSpan.FromSeconds(1)), string.Empty);
        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // Only "when did X do Y": in "which summit was X hoping to be invited at" the question word's noun is what it asks.
        if (words.Count == 0 || !question.Lexicon.Words(Cue.YesNo).Contains(words[0].ToLowerInvariant()))
        {
            return null;
        }

        const int at = 1;
        var rest = string.Join(' ', words.Skip(at));
        var subject = knowledge.Recognizer.Recognize(rest).FirstOrDefault(m => rest.StartsWith(m.Text, StringComparison.OrdinalIgnoreCase));
        var subjectWords = subject is not null ? subject.Text.Split(' ').Length
            : words.Count > at && question.Lexicon.Words(Cue.ThingPronoun).Contains(words[at].ToLowerInvariant()) ? 1 : 0;
        if (subjectWords == 0 || words.Count <= at + subjectWords + 1)
        {
            return null;
        }

        var thing = string.Join(' ', words.Skip(at + subjectWords + 1));

        // "when was montenegro invited to it (is the adriatic charter)": an object that only points back is the thing the
        // context carried after the question ("the adriatic charter"), when that is a thing and not only names.
        if (Question.Parse(thing, knowledge) is var objectOnly && objectOnly.PredicateTerms.Count == 0 && objectOnly.Has(Cue.ThingPronoun)
            && Regex.Match(previous, @"\((?<inside>[^()]*)\)\s*$", RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } carried)
        {
            var auxiliaries = question.Lexicon.Words(Cue.YesNo);
            thing = string.Join(' ', carried.Groups["inside"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => auxiliaries.Contains(w.ToLowerInvariant())));
        }

        // "why did NATO invite Montenegro to join in 2014": an object that is a name is carried by the names already.
        var startsWithName = knowledge.Recognizer.Recognize(thing).Any(m => thing.StartsWith(m.Text, StringComparison.OrdinalIgnoreCase));
        return thing.Length == 0 || startsWithName || Question.Parse(thing, knowledge).PredicateTerms.Count == 0 ? null : thing;
    }

    // A question without the names of countries and bodies it asks about (Montenegro stays); null when it names none.
    private static string? WithoutNames(string question, KnowledgeBase knowledge)
    {
        var names = knowledge.Recognizer.Recognize(question).Where(m => m.Entity.Id != Home).Select(m => m.Text).ToList();
        if (names.Count == 0)
        {
            return null;
        }

        var text = names.Aggregate(question, (t, name) => Regex.Replace(t, $@"(?:\bthe\s+)?\b{Regex.Escape(name)}\b", string.Empty, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));
        return Regex.Replace(text, @"\s{2,}", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();
    }

    private static string WithNames(string english, ConversationTurn last, KnowledgeBase knowledge, bool withPollsters = true)
    {
        var previous = Question.Parse(knowledge.Normalizer.Normalize(last.Frame.Text).English, knowledge);
        // "When was it invited in the end?": the outcome, not the year the last question was about.
        var years = Question.Parse(english, knowledge).Has(Cue.Eventually) || !withPollsters ? [] : previous.Years;
        var names = knowledge.Recognizer.Recognize(previous.Text).Where(m => withPollsters || m.Entity.Type != EntityType.Pollster).Select(m => m.Entity.Name)
            .Concat(years.Select(y => y.ToString(CultureInfo.InvariantCulture)))
            .Where(n => !english.Contains(n, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count == 0 ? english : $"{english.TrimEnd('?', ' ', '.', '!')} ({string.Join(", ", names)})?";
    }

    // "And the lowest in the table?" after "and the highest support in the table?": the last question's words as context,
    // with the end or side the follow-up asks for in place of the one it asked for.
    private static string OtherEnd(Question asked, string previous, KnowledgeBase knowledge)
    {
        var prevQuestion = Question.Parse(previous, knowledge);
        foreach (var (cue, opposite) in Opposites)
        {
            if (asked.Has(cue) && !prevQuestion.Has(cue) && FirstWordOf(prevQuestion, opposite) is { } old && FirstWordOf(asked, cue) is { } word)
            {
                previous = ReplaceWord(previous, old, word);
            }
        }

        return previous;
    }

    private static readonly Cue[] Ranks = [Cue.First, Cue.Last, Cue.Highest, Cue.Lowest];

    // Whether a question opening with a question word ranks a thing it names itself ("who ran the most recent poll?"): the
    // latest of all polls, a complete question, not the latest of whatever the last question named. "And the latest one?"
    // ranks only what is in context. The thing is a word no cue has, or a poll ("that poll" is a reference to one).
    private static bool RanksAThingOfItsOwn(Question question)
    {
        var words = question.WordList;
        if (words.Count == 0 || !question.Lexicon.Words(Cue.Interrogative).Contains(words[0]))
        {
            return false;
        }

        var cueWords = CueWords(question);
        var pollNouns = question.Lexicon.Phrases(Cue.PollReference).Where(p => p.Length > 1).Select(p => p[^1]).ToHashSet(StringComparer.Ordinal);
        return Ranks.SelectMany(r => EvidenceSentences.PhraseStarts(words, r, question.Lexicon)).Select(p => p.Start + p.Length)
            .Any(i => i < words.Count && !Filler.Contains(words[i]) && (pollNouns.Contains(words[i]) || !cueWords.Contains(words[i])));
    }

    // "What was the lead?", "and the margin?": a poll's lead asked with no poll, name, year, rank, comparison or count of its
    // own ("which of the two had the bigger lead?" asks of two).
    private static bool AsksAFigureOfNoPoll(Question question) =>
        question.Has(Cue.Lead) && !question.WordList.Any(question.Lexicon.Words(Cue.NumberWord).Contains) && question.Entities.Count == 0 && question.Years.Count == 0 && question.WordList.Count <= MaxPollFigureWords
        && !Ranks.Any(question.Has) && !question.Has(Cue.Compare) && !question.Has(Cue.CloseRace) && !question.Has(Cue.Several) && !question.Has(Cue.EveryOne);

    // Most words of a question on the lead of the poll in focus ("so what was the lead in it then").
    private const int MaxPollFigureWords = 8;

    // "What's the next step for Montenegro?" after "how did the Russians react?": "for" before a name is a preposition, not the
    // side of a vote or poll, when the last question asked no side to turn.
    private static bool SideWordBeforeAName(Question question, Cue cue, Cue opposite, Question prevQuestion, KnowledgeBase knowledge)
    {
        if (cue is not (Cue.Support or Cue.Opposition) || prevQuestion.Has(opposite))
        {
            return false;
        }

        var words = question.WordList;
        var names = knowledge.Recognizer.Recognize(question.Text).SelectMany(m => m.Text.ToLowerInvariant().Split(' ')).ToHashSet(StringComparer.Ordinal);
        var sides = EvidenceSentences.PhraseStarts(words, cue, question.Lexicon).ToList();
        return sides.Count > 0 && sides.All(p => p.Length == 1 && p.Start + 1 < words.Count && names.Contains(words[p.Start + 1]));
    }

    // The question has the cue other than inside another rank's longer phrase: "most recent" is the latest, not the most.
    private static bool HasOwn(Question question, Cue cue)
    {
        var words = question.WordList;
        // Nor is the "after" of "the year after" a rank: it shifts the year.
        var longer = Ranks.Where(r => r != cue).Append(Cue.YearAfter).Append(Cue.YearBefore)
            .SelectMany(r => EvidenceSentences.PhraseStarts(words, r, question.Lexicon)).Where(p => p.Length > 1)
            .SelectMany(p => Enumerable.Range(p.Start, p.Length)).ToHashSet();
        return EvidenceSentences.PhraseStarts(words, cue, question.Lexicon).Any(p => !Enumerable.Range(p.Start, p.Length).All(longer.Contains));
    }

    private static readonly (Cue Cue, Cue Opposite)[] Opposites =
    [
        (Cue.Lowest, Cue.Highest), (Cue.Highest, Cue.Lowest), (Cue.First, Cue.Last), (Cue.Last, Cue.First),
        (Cue.Opposition, Cue.Support), (Cue.Support, Cue.Opposition),
    ];

    // A follow-up adds no predicate of its own: only names, years, cue words and fillers.
    internal static bool IsElliptical(Question question) => UnknownNameWords(question).Count == 0 && IsFragment(question, new HashSet<string>());

    // Only names, years, cue words, fillers and the given words.
    private static bool IsFragment(Question question, IReadOnlySet<string> alsoAllowed)
    {
        if (question.WordList.Count > 8)
        {
            return false;
        }

        var entityWords = EntityWords(question);
        var cueWords = CueWords(question);
        return question.WordList.All(w => Filler.Contains(w) || cueWords.Contains(w) || entityWords.Contains(w) || alsoAllowed.Contains(w) || w.All(char.IsAsciiDigit) || w is "who" or "where");
    }

    private static HashSet<string> CueWords(Question question) =>
        // A group of people ("diplomats", "soldiers") is what a question is about, not a word of how it asks: "what happened
        // with Russian diplomats?" has a subject of its own. Nor are the words a claim rests on ("first", "good") or a state's
        // organs ("embassy"): "where is canada's embassy?" asks about a thing, not how to ask.
        Enum.GetValues<Cue>().Where(c => c is not (Cue.Who or Cue.List or Cue.Help or Cue.PeopleGroup or Cue.Homophone or Cue.SinglingOut or Cue.Judging or Cue.StateOrgan or Cue.ForecastPhrase or Cue.PastTense or Cue.KindAsked or Cue.TimeHead or Cue.OrdinaryWord or Cue.PlannedStep))
            .SelectMany(question.Lexicon.Phrases).SelectMany(p => p).ToHashSet(StringComparer.Ordinal);

    // The words of a name that is none of the known names ("Movement for Changes"), lower case: a subject of the question's
    // own, whatever cue words make it up. The user may write it in capitals, or in lower case when it is a name the sources
    // write in capitals ("and the movement for changes?").
    private static HashSet<string> UnknownNameWords(Question question)
    {
        var entityWords = EntityWords(question);
        var written = UnknownName().Matches(question.Text).Select(m => m.Value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        // Only a name made of cue words needs telling apart from them ("movement", "changes" ask for a trend); any other is
        // read as words of the question's own.
        var fromSources = question.Knowledge is { } knowledge
            ? SourceNames.Find(question.WordList, knowledge).Select(f => question.WordList.Skip(f.Start).Take(f.Length).ToArray()).ToList()
            : [];
        if (fromSources.Count > 0)
        {
            var cueWords = CueWords(question);
            fromSources = fromSources.Where(words => words.Any(w => w is not ("for" or "of" or "and") && cueWords.Contains(w))).ToList();
        }

        var names = written.Concat(fromSources).Where(words => words.Any(w => w is not ("for" or "of" or "and") && !entityWords.Contains(w)));
        return names.SelectMany(w => w).ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string> EntityWords(Question question) =>
        question.Entities.SelectMany(m => m.Text.ToLowerInvariant().Split(' ')).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether a follow-up of cue words alone still says what it asks in words of its own: a question word and an auxiliary
    /// open a clause ("when did it become a full member?") whose words the last question lacks. Such words are its
    /// predicate, not a change of the last question's end, side, year or names.
    /// </summary>
    private static bool HasOwnPredicate(Question question, Question prevQuestion)
    {
        // "So when did ...", "and when did ...": the opening word leads into the clause.
        var openers = question.Lexicon.Words(Cue.FollowUp);
        var words = question.WordList.SkipWhile(w => !LeadingQuestionWord().IsMatch(w) && (Filler.Contains(w) || openers.Contains(w))).ToList();
        var auxiliaries = question.Lexicon.Words(Cue.YesNo);
        if (words.Count < 3 || !LeadingQuestionWord().IsMatch(words[0]) || !auxiliaries.Contains(words[1]))
        {
            return false;
        }

        // Words that only point back or turn the last question around ("which was first?", "the year after?").
        var turning = new[] { Cue.YearAfter, Cue.YearBefore, Cue.ThingPronoun, Cue.PersonPronoun, Cue.FollowUp, Cue.Several, Cue.YesNo, Cue.PollReference }
            .Concat(Opposites.Select(o => o.Cue))
            .SelectMany(question.Lexicon.Phrases).SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        var entityWords = question.Entities.SelectMany(m => m.Text.ToLowerInvariant().Split(' ')).ToHashSet(StringComparer.Ordinal);
        return words.Skip(2).Any(w => !Filler.Contains(w) && !turning.Contains(w) && !entityWords.Contains(w) && !w.All(char.IsAsciiDigit)
            && w is not ("who" or "where") && !prevQuestion.Words.Contains(w));
    }

    // Whether a question asks for several ("which ones", "who were"), not one.
    private static bool AsksForSeveral(Question question) =>
        question.Has(Cue.Several) || (question.WordList.Count > 1 && question.WordList[0] is "who" or "which" && question.WordList[1] is "were" or "are");

    // Whether a clause with a subject of its own asks its own event ("so when did Montenegro officially become a member?"):
    // a verb the last question lacks, nothing pointing back, and no reaction or saying, which answer the last turn's event
    // ("how did Russia respond?").
    private static bool AsksItsOwn(Question question, Question prevQuestion) =>
        !question.Has(Cue.ThingPronoun) && !question.Has(Cue.Reaction) && !AsksWhatWasSaid(question) && HasOwnPredicate(question, prevQuestion);

    // Whether the clause a question word and an auxiliary open has a subject of its own ("what did Montenegro refuse"), not a
    // pronoun standing for one of the conversation's ("what did it sign").
    private static bool HasOwnSubject(Question question)
    {
        var openers = question.Lexicon.Words(Cue.FollowUp);
        var words = question.WordList.SkipWhile(w => !LeadingQuestionWord().IsMatch(w) && (Filler.Contains(w) || openers.Contains(w))).ToList();
        var pronouns = question.Lexicon.Words(Cue.ThingPronoun).Concat(question.Lexicon.Words(Cue.PersonPronoun)).ToHashSet(StringComparer.Ordinal);
        return words.Count > 3 && LeadingQuestionWord().IsMatch(words[0]) && question.Lexicon.Words(Cue.YesNo).Contains(words[1])
            && !pronouns.Contains(words[2]) && !Filler.Contains(words[2]) && !words[2].All(char.IsAsciiDigit);
    }

    // Whether a question opens with another question word than the last ("what did Russia do in 2022?" after "when did
    // Russia recognise Montenegro?"): it asks for another thing, not the last question's answer in another year.
    private static bool AsksAnotherWay(Question question, Question prevQuestion)
    {
        string? Opening(Question q) => q.WordList.FirstOrDefault(w => LeadingQuestionWord().IsMatch(w));
        return Opening(question) is { } asked && Opening(prevQuestion) is { } before && asked != before;
    }

    // Whether a follow-up asks how someone the last question did not name reacted, or what they said.
    // A country the last question named only as a stance of someone ("did any pro-Russian MPs back it?") was no actor there,
    // so "how did the Russians react?" still brings a new one.
    private static bool NewActorReacts(Question question, Question prevQuestion) =>
        (question.Has(Cue.Reaction) || AsksWhatWasSaid(question)) && question.Entities.Any(m => m.Entity.Id != Home
            && prevQuestion.Entities.All(p => p.Entity.Id != m.Entity.Id || IsStance(prevQuestion, p)));

    // Whether a country is named by its adjective after a word for or against ("pro-Russian", "anti-Western"): a stance
    // toward it, not the country itself.
    private static bool IsStance(Question question, EntityMention mention)
    {
        if (question.Knowledge?.CountryOfAdjective(mention.Text.ToLowerInvariant()) != mention.Entity.Id)
        {
            return false;
        }

        var stances = question.Lexicon.Words(Cue.Support).Concat(question.Lexicon.Words(Cue.Opposition)).ToHashSet(StringComparer.Ordinal);
        var words = question.WordList;
        var word = mention.Text.ToLowerInvariant();
        return Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(i => words[i] == word && stances.Contains(words[i - 1]));
    }

    // Whether a question asks for a figure: a share, a count, an amount, or how many supported.
    private static bool AsksFigure(Question question) =>
        question.Has(Cue.Percentage) || question.Has(Cue.Count) || question.Has(Cue.HowMuch) || question.Has(Cue.Support) || question.HasWord("share", "proportion");

    // The part of the population a follow-up names that is no group of the knowledge base ("croats", "women"), as the
    // question wrote it; only after a question about a poll's groups, and null when the follow-up names a known group.
    private static string? UnnamedGroup(Question question, Question prevQuestion)
    {
        if (question.Entities.Count > 0 || !prevQuestion.Entities.Any(m => m.Entity.Type == EntityType.Group) && !prevQuestion.Has(Cue.PopulationGroup))
        {
            return null;
        }

        var phrase = PhraseOf(question, Cue.PopulationGroup);
        if (phrase is null)
        {
            return null;
        }

        var at = question.Text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? phrase : question.Text.Substring(at, phrase.Length);
    }

    private static bool SameKind(Entity a, Entity b) =>
        a.Type == b.Type || (a.Type is EntityType.Country or EntityType.Organisation && b.Type is EntityType.Country or EntityType.Organisation);

    // The first of the cue's phrases the question has, word for word.
    private static string? PhraseOf(Question question, Cue cue)
    {
        var words = question.WordList;
        return question.Lexicon.Phrases(cue)
            .Where(p => Enumerable.Range(0, Math.Max(0, words.Count - p.Length + 1)).Any(i => p.SequenceEqual(words.Skip(i).Take(p.Length))))
            .Select(p => string.Join(' ', p))
            .FirstOrDefault();
    }

    private static string? FirstWordOf(Question question, Cue cue) =>
        question.Lexicon.Phrases(cue).Where(p => p.Length == 1).Select(p => p[0]).FirstOrDefault(question.Words.Contains);

    /// <summary>The person "he" or "she" stands for after <paramref name="last"/>: the first its answer named; null for none.</summary>
    public static string? PersonFor(ConversationTurn last) => last.AnswerPeople.Count > 0 ? last.AnswerPeople[0] : null;

    // "What was Rumsfeld seeking when he came?": a question that names someone of the sources before its pronoun means that
    // person by "he", not the one the last answer named. A name is a capitalised word after the first that the sources never
    // write in lower case and that names no entity.
    private static bool NamesItsOwnPerson(string english, KnowledgeBase knowledge)
    {
        var pronoun = PersonPronoun().Match(english);
        var before = pronoun.Success ? english[..pronoun.Index] : english;
        return SurnameWord().Matches(before).Any(m => m.Index > 0 && !knowledge.OrdinaryWords.Contains(m.Value.ToLowerInvariant())
            && knowledge.Recognizer.Recognize(m.Value).Count == 0 && knowledge.Analyzer.Terms(m.Value).Any(knowledge.Index.Knows));
    }

    [GeneratedRegex(@"(?<=\s)\p{Lu}\p{Ll}{2,}\b")]
    private static partial Regex SurnameWord();

    private static string ReplacePronouns(string text, string person) =>
        PersonPronoun().Replace(text, m => m.Value.ToLowerInvariant() is "his" or "hers" ? person + "'s" : person);

    /// <summary>The text with each whole-word <paramref name="old"/> (any case) replaced.</summary>
    internal static string ReplaceWord(string text, string old, string replacement) =>
        Regex.Replace(text, $@"\b{Regex.Escape(old)}\b", replacement.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"^\s*(what|when|who|whom|which|why|where|how( many| much| long)?)\b\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingQuestionWord();

    [GeneratedRegex(@"\b[A-Za-z]{3,9}\b")]
    private static partial Regex MonthWord();

    // Two or more capitalised words after the question's first word, as one name may join them ("Movement for Changes").
    [GeneratedRegex(@"(?<=\s)\p{Lu}\p{Ll}+(?:\s+(?:(?:for|of|and)\s+)?\p{Lu}\p{Ll}+)+")]
    private static partial Regex UnknownName();

    [GeneratedRegex(@"\bthey\b", RegexOptions.IgnoreCase)]
    private static partial Regex PluralPronoun();

    [GeneratedRegex(@"\b(he|him|his|she|her|hers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonPronoun();
}
