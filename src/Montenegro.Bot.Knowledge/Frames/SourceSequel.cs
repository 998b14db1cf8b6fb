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

    // How much of a sentence's end identifies it in an answer, which may insert words ("On August 28 (2006), ...").
    private const int TailLength = 40;

    /// <summary>The next sentence the source tells after the last answer, when the question asks what came after it; else null.</summary>
    public static Answer? Next(Question question, ConversationTurn? last, KnowledgeBase knowledge, Func<string, AnswerSource> source)
    {
        if (last?.AnswerSource is not { } sourceId || last.AnswerText is not { } told || !AsksWhatCameAfter(question)
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

    // "... after them", "... after that" closing the question, with no measure of time ("how long after that") and no year.
    private static bool AsksWhatCameAfter(Question question)
    {
        var words = question.WordList;
        // "What did Russia do after that?" asks what one actor did next, which the source may tell anywhere, not next.
        if (words.Count < 3 || words.Count > MaxWords || question.Has(Cue.Duration) || question.Years.Count > 0 || question.Entities.Any(m => m.Entity.Id != Home)
            || !(question.StartsWith(Cue.Who) || words[0] is "what" or "who" or "which" || question.StartsWith(Cue.FollowUp)))
        {
            return false;
        }

        var after = question.Lexicon.Words(Cue.After);
        var pronouns = question.Lexicon.Words(Cue.ThingPronoun);
        return after.Contains(words[^2]) && pronouns.Contains(words[^1]);
    }

    // The sentence after the last one of the passage the answer told, and the passage it stands in. A sentence that opens
    // with a pronoun ("Their activities included ...") goes on about what was told and is passed over.
    private static (string? Sentence, string PassageId) After(Sources.Passage passage, string told, Question question, KnowledgeBase knowledge)
    {
        var pronouns = question.Lexicon.Words(Cue.ThingPronoun).Concat(question.Lexicon.Words(Cue.PersonPronoun)).ToHashSet(StringComparer.Ordinal);
        bool GoesOn(string sentence) => pronouns.Contains(sentence.Split(' ', 2)[0].ToLowerInvariant());
        var sentences = SentenceSplitter.Split(passage.Text).Select(s => s.Sentence.Trim()).ToList();
        var lastTold = sentences.FindLastIndex(s => told.Contains(Tail(s), StringComparison.Ordinal));
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
