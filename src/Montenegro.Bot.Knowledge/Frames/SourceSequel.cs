using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "Who came after them?", "what did Russia do after that?": what the source tells next, after what the last answer
/// quoted. Sources tell events in order ("Soon after the congressional visit, Defense Secretary Donald Rumsfeld paid an
/// official visit"), often naming the later one only by its own people, so retrieval led by the follow-up's few words finds
/// the last answer again. The next sentence is the one after the last answer's last sentence in its passage, or the first
/// of the passage that follows it in the same section.
/// </summary>
internal static class SourceSequel
{
    private const string Home = "montenegro";

    // Most words a follow-up asking only "what came after that" has ("which cabinet member came after them").
    private const int MaxWords = 8;

    // Most words of "next from the United States": the preposition and a name.
    private const int MaxPlaceWords = 4;

    // How much of a sentence's end identifies it in an answer, which may insert words ("On August 28 (2006), ...").
    private const int TailLength = 40;

    // How much of a sentence's start identifies it in an answer that quotes only its first clause.
    private const int HeadLength = 40;

    /// <summary>The next sentence the source tells after the last answer, when the question asks what came after it; else null.</summary>
    public static Answer? Next(Question question, ConversationTurn? last, KnowledgeBase knowledge, Func<string, AnswerSource> source)
    {
        if (last?.AnswerSource is not { } sourceId || last.AnswerText is not { } told || !AsksWhatCameAfter(question, last, knowledge)
            || !knowledge.PassagesById.TryGetValue(sourceId, out var passage))
        {
            return null;
        }

        var (next, nextPassage) = After(passage, told, question, knowledge);
        if (next is null)
        {
            return null;
        }

        return new Answer(true, ExcerptStrategy.Intent, "What came next", next, [], [source(nextPassage)], []);
    }

    // "... after them", "... after that" closing the question, or "next" standing alone ("what happened next?", "who came next
    // from Washington?"), with no measure of time ("how long after that") and no year.
    private static bool AsksWhatCameAfter(Question question, ConversationTurn last, KnowledgeBase knowledge)
    {
        var words = question.WordList;
        // "What did Russia do after that?" asks what one actor did next, which the source may tell anywhere, not next; a name the
        // last turn already gave ("who came next from Washington?" after the US senators) keeps to what was told.
        if (words.Count < 2 || words.Count > MaxWords || question.Has(Cue.Duration) || question.Has(Cue.YearAfter) || question.Years.Count > 0
            || !(question.StartsWith(Cue.Who) || words[0] is "what" or "who" or "which" || question.StartsWith(Cue.FollowUp)))
        {
            return false;
        }

        var after = question.Lexicon.Words(Cue.After);
        var pronouns = question.Lexicon.Words(Cue.ThingPronoun);
        var next = NextStandsAlone(words, after, pronouns);
        if (!next && !(words.Count >= 3 && after.Contains(words[^2]) && pronouns.Contains(words[^1])))
        {
            return false;
        }

        // A name the last turn gave may say where the next one came from ("who came next from Washington?") or what it was
        // ("which US cabinet member came after them?"); a name as the one acting ("what did Russia do after that?") asks what
        // that actor did next, which the source may tell anywhere.
        var from = next && words.SkipWhile(w => w != "next").Skip(1).FirstOrDefault() is "from" or "to";
        var describesTheOneAsked = from || question.StartsWith(Cue.Who) || words.Take(2).Any(w => w is "who" or "which");
        return question.Entities.All(m => m.Entity.Id == Home || (describesTheOneAsked && NamedBy(last, m.Entity.Id, knowledge)));
    }

    // "Next" as an adverb: last, or followed by "after that" or by the place it came from ("next from Washington"); "the next
    // step" and "next year" ask about a thing of their own.
    private static bool NextStandsAlone(IReadOnlyList<string> words, IReadOnlySet<string> after, IReadOnlySet<string> pronouns)
    {
        var at = words.ToList().IndexOf("next");
        if (at < 1 || words[at - 1] is "the" or "a")
        {
            return false;
        }

        var rest = words.Skip(at + 1).ToList();
        return rest.Count == 0 || (rest.Count == 2 && after.Contains(rest[0]) && pronouns.Contains(rest[1])) || (rest.Count <= MaxPlaceWords && rest[0] is "from" or "to");
    }

    // Whether the last turn's question or answer named the entity.
    private static bool NamedBy(ConversationTurn last, string entityId, KnowledgeBase knowledge) =>
        knowledge.Recognizer.Recognize(last.Question).Concat(knowledge.Recognizer.Recognize(last.AnswerText ?? string.Empty)).Any(m => m.Entity.Id == entityId);

    // The sentence after the last one of the passage the answer told, and the passage it stands in. A sentence that opens
    // with a pronoun ("Their activities included ...") goes on about what was told and is passed over.
    private static (string? Sentence, string PassageId) After(Sources.Passage passage, string told, Question question, KnowledgeBase knowledge)
    {
        var pronouns = question.Lexicon.Words(Cue.ThingPronoun).Concat(question.Lexicon.Words(Cue.PersonPronoun)).ToHashSet(StringComparer.Ordinal);
        bool GoesOn(string sentence) => pronouns.Contains(sentence.Split(' ', 2)[0].ToLowerInvariant());
        var sentences = SentenceSplitter.Split(passage.Text).Select(s => s.Sentence.Trim()).ToList();
        var lastTold = sentences.FindLastIndex(s => told.Contains(Tail(s), StringComparison.Ordinal));

        // An answer may quote a sentence's first clause only ("Montenegro entered Intensified Dialogue with NATO in April 2008",
        // of "..., and adopted an Individual Partnership Action Plan in June 2008"): what came next is the rest of that sentence,
        // told whole so that it reads as a sentence.
        var begun = sentences.FindLastIndex(s => s.Length > HeadLength && told.Contains(s[..HeadLength], StringComparison.Ordinal) && !told.Contains(Tail(s), StringComparison.Ordinal));
        if (begun > lastTold)
        {
            return (sentences[begun], passage.Id);
        }

        if (lastTold < 0)
        {
            return (null, passage.Id);
        }

        var next = sentences.Skip(lastTold + 1).SkipWhile(GoesOn).FirstOrDefault();
        if (next is not null)
        {
            return (next, passage.Id);
        }

        // The passage ends there: the next one of the same section goes on.
        var at = knowledge.PassageIndex(passage.Id);
        if (at < 0 || at + 1 >= knowledge.Passages.Count)
        {
            return (null, passage.Id);
        }

        var following = knowledge.Passages[at + 1];
        if (!following.IsAnswerable || following.SourceId != passage.SourceId || !following.HeadingPath.SequenceEqual(passage.HeadingPath))
        {
            return (null, passage.Id);
        }

        var first = SentenceSplitter.Split(following.Text).Select(s => s.Sentence.Trim()).FirstOrDefault();
        return first is null || GoesOn(first) ? (null, passage.Id) : (first, following.Id);
    }

    private static string Tail(string sentence) => sentence.Length <= TailLength ? sentence : sentence[^TailLength..];
}
