using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// Reads a short follow-up that names nothing of its own against the focus the last answer left: the passage it quoted and
/// what it said. "Who was supposed to be killed?" after the coup plot, "what was his job?" after the sentence naming a
/// spokesperson, "what was the result?" after the vote: retrieval led by the follow-up's few words finds nothing (or some
/// other text), while the answer is the focus itself, which names the person, the post, the tally. "Did it work?" and
/// "why not?" ask what the source tells next about it: the sentence after the ones the last answer quoted. Only a follow-up
/// the engine could not otherwise answer is read so (a decline, or for "did it work?" the last answer said again), so a
/// question with an answer of its own keeps it; a complete question never gets here.
/// </summary>
internal static class FocusFollowUp
{
    // Most words a follow-up leaning on the focus alone has ("who was supposed to be killed").
    private const int MaxWords = 8;

    // Most words of a bare "why?" ("and why not").
    private const int MaxWhyWords = 3;

    // Most words of a bare "did it work?" ("and did it work then").
    private const int MaxOutcomeWords = 5;

    // How much of a sentence's end identifies it in an answer, which may insert words ("On August 28 (2006), ...").
    private const int TailLength = 40;

    // The last answer lists several passages ("• ..."): it leaves no one focus.
    private const string Bullet = "•";

    private const string Home = "montenegro";

    /// <summary>
    /// The answer read from the focus, or null when the follow-up is not one to read so, or the focus does not hold what it
    /// asks (a role it names, a reason): then <paramref name="answer"/> stands.
    /// </summary>
    public static Answer? Reread(Question asked, Answer answer, Conversation conversation, KnowledgeBase knowledge, Func<string, AnswerSource> source)
    {
        if (conversation.Last is not { AnswerText: { } told, AnswerSource: { } focus } last || told.Contains(Bullet, StringComparison.Ordinal)
            || !OwnsNothing(asked, knowledge) || !knowledge.PassagesById.TryGetValue(focus, out var passage))
        {
            return null;
        }

        // "Did it work?", declined or answered by the last answer again: what came of it is what the source tells next, past
        // what was only expected of it ("he expects Montenegro to receive a NATO invitation"), unless a refusal ("would not").
        if (AsksWhatCameOfIt(asked, told, knowledge))
        {
            return (!answer.Answered || answer.Text.Contains(told, StringComparison.Ordinal)) && Outcome(passage, told, asked.Lexicon) is { } outcome
                ? Quote(outcome, focus, source) : null;
        }

        if (!answer.Answered)
        {
            if (asked.StartsWith(Cue.Why))
            {
                return asked.WordList.Count <= MaxWhyWords && Next(passage, told) is { } reason && GivesAReason(reason, asked.Lexicon)
                    ? Quote(reason, focus, source) : null;
            }

            return AsksOfTheFocus(asked, last, told, knowledge) ? Quote(told, focus, source) : null;
        }

        return null;
    }

    // No name (not even one the engine does not know, "and Igor Zaytsev, who's he?"), year, count, amount, span, date, place
    // or name asked for: those have answers of their own to find or lack.
    private static bool OwnsNothing(Question asked, KnowledgeBase knowledge) =>
        asked.WordList.Count <= MaxWords && AnswerFacts.PeopleIn(asked.Text, knowledge).Count == 0 && asked.Years.Count == 0 && asked.Entities.All(m => m.Entity.Id == Home)
        && !asked.Has(Cue.Count) && !asked.Has(Cue.HowMuch) && !asked.Has(Cue.Duration) && !asked.Has(Cue.Now) && !asked.Has(Cue.NameAsked)
        && !asked.Has(Cue.IdentityAsked) && !asked.StartsWith(Cue.When) && !asked.StartsWith(Cue.Where) && !ConversationSubject.AsksWhichName(asked);

    // "What was his job?" of the person the last answer named; "who was behind it?", of whoever the focus names, unless it
    // asks for a role the focus never speaks of ("who's the ambassador there?"); "what was the result?", of the focus as such.
    private static bool AsksOfTheFocus(Question asked, ConversationTurn last, string told, KnowledgeBase knowledge)
    {
        // "Who did he meet?" asks of a deed: a focus that does not tell it (the MP's warning) is no answer.
        var focusTerms = knowledge.Analyzer.Terms(told).ToHashSet(StringComparer.Ordinal);
        if (asked.Has(Cue.DoSupport) && !DeedTold(asked, focusTerms))
        {
            return false;
        }

        if (asked.Has(Cue.PersonPronoun))
        {
            // What it asks of the person must be what the focus tells of them, or their post ("what was his job?"): "how old is
            // he?", "is he married?", "what's his favourite food?" ask what the focus never says, and quoting it is no answer.
            // Content terms are in the sources' form ("job" may stand as another word's form), so the words they are
            // checked against are too.
            var allowed = asked.Lexicon.Words(Cue.RoleAsked).Concat(asked.Lexicon.Words(Cue.GenericFocus)).Concat(asked.Lexicon.Words(Cue.PersonPronoun)).Append(told)
                .SelectMany(knowledge.Analyzer.Terms).Select(knowledge.Index.SourceForm).ToHashSet(StringComparer.Ordinal);
            if (!asked.ContentTerms.All(allowed.Contains))
            {
                return false;
            }

            // The person the last turn named, or whoever the last question asked for ("who allegedly was one of his agents?").
            return (FollowUpResolver.PersonFor(last) is { } person && Names(told, person.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].Replace("'s", "", StringComparison.Ordinal)))
                || Question.Parse(last.Question, knowledge).StartsWith(Cue.Who);
        }

        if (asked.StartsWith(Cue.Who))
        {
            // Someone the focus names: a passage that names nobody does not say who.
            return AnswerFacts.PeopleIn(told, knowledge).Count > 0 && RolesAsked(asked).All(role => knowledge.Analyzer.Terms(role).All(focusTerms.Contains));
        }

        var generic = asked.Lexicon.Words(Cue.GenericFocus).SelectMany(knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);
        if (asked.WordList[0] != "what" || asked.ContentTerms.Count == 0)
        {
            return false;
        }

        // "What would it cover?" after the agreement named as the next step: what the thing in focus holds, which the focus
        // tells only when it lists it ("in areas such as ..."); a focus that only names the thing does not say what it covers.
        var contents = asked.Lexicon.Words(Cue.ContentAsked).SelectMany(knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);
        if (asked.ContentTerms.Any(contents.Contains))
        {
            return asked.ContentTerms.All(t => contents.Contains(t) || generic.Contains(t)) && EvidenceSentences.Has(Tokens(told), Cue.ContentsListed, asked.Lexicon);
        }

        return asked.ContentTerms.All(generic.Contains);
    }

    // Whether every word the question asks with, pronouns aside, begins a word of the focus ("meet" begins "meeting").
    private static bool DeedTold(Question asked, IReadOnlySet<string> focusTerms)
    {
        var pronouns = asked.Lexicon.Words(Cue.PersonPronoun).Concat(asked.Lexicon.Words(Cue.ThingPronoun)).ToHashSet(StringComparer.Ordinal);
        return asked.PredicateTerms.Where(t => !pronouns.Contains(t)).All(a => focusTerms.Any(t => t.StartsWith(a, StringComparison.Ordinal)));
    }

    // Whether a text names someone by surname, with or without the marks on its letters ("Sekulovic", "Sekulović").
    private static bool Names(string text, string surname) =>
        System.Globalization.CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, surname, System.Globalization.CompareOptions.IgnoreNonSpace) >= 0;

    // The nouns a who-question asks after an article ("the ambassador" in "who's the ambassador there?").
    private static IEnumerable<string> RolesAsked(Question asked)
    {
        var words = asked.WordList;
        var articles = asked.Lexicon.Articles;
        return Enumerable.Range(0, Math.Max(0, words.Count - 1)).Where(i => articles.Contains(words[i])).Select(i => words[i + 1]);
    }

    // "Did it work?": a yes/no question on the thing in focus, whose own words the last answer does not take up.
    private static bool AsksWhatCameOfIt(Question asked, string told, KnowledgeBase knowledge)
    {
        var openers = asked.Lexicon.Words(Cue.FollowUp);
        var words = asked.WordList.SkipWhile(openers.Contains).ToList();
        if (words.Count == 0 || words.Count > MaxOutcomeWords || !asked.Lexicon.Words(Cue.YesNo).Contains(words[0]) || !asked.Has(Cue.ThingPronoun))
        {
            return false;
        }

        var pronouns = asked.Lexicon.Words(Cue.ThingPronoun);
        var asks = asked.PredicateTerms.Where(t => !pronouns.Contains(t)).ToList();
        var saidTerms = knowledge.Analyzer.Terms(told);
        return asks.Count > 0 && !asks.Any(a => saidTerms.Any(t => t.StartsWith(a, StringComparison.Ordinal)));
    }

    // The sentences of the focus passage after the last one the answer quoted; null when the answer quoted none of them
    // word for word (a rewording).
    private static IEnumerable<string>? AfterTheQuoted(Sources.Passage passage, string told)
    {
        var sentences = SentenceSplitter.Split(passage.Text).Select(s => s.Sentence.Trim()).ToList();
        var lastTold = sentences.FindLastIndex(s => told.Contains(Tail(s), StringComparison.Ordinal));
        return lastTold < 0 ? null : sentences.Skip(lastTold + 1);
    }

    // The sentence right after the quoted ones; null when there is none (see AfterTheQuoted).
    private static string? Next(Sources.Passage passage, string told) => AfterTheQuoted(passage, told)?.FirstOrDefault();

    // The first sentence after the quoted ones that tells what happened: not one that only expects or hopes, unless negated.
    private static string? Outcome(Sources.Passage passage, string told, Lexicon lexicon)
    {
        var expected = lexicon.Words(Cue.ExpectedOnly);
        var negations = lexicon.Words(Cue.Negation);
        return AfterTheQuoted(passage, told)?.Select(s => (Text: s, Words: Tokens(s)))
            .FirstOrDefault(s => !s.Words.Any(expected.Contains) || s.Words.Any(negations.Contains)).Text;
    }

    // Whether a sentence gives a cause or aim in the words sources use for one ("due to", "following", "as a sign").
    private static bool GivesAReason(string sentence, Lexicon lexicon) => EvidenceSentences.Has(Tokens(sentence), Cue.ReasonMarker, lexicon);

    private static List<string> Tokens(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', ';', ':', '"', '(', ')', '!', '?'], StringSplitOptions.RemoveEmptyEntries).ToList();

    private static Answer Quote(string text, string passageId, Func<string, AnswerSource> source) =>
        new(true, ExcerptStrategy.Intent, "From the passage in focus", text, [], [source(passageId)], []);

    private static string Tail(string sentence) => sentence.Length <= TailLength ? sentence : sentence[^TailLength..];
}
