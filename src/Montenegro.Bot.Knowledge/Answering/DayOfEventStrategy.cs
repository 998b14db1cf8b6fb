using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "What happened on election day?", "what took place on the day of the referendum?": a what-question keyed by the day of
/// an event asks what else happened that day, not about the event itself. It is answered by the sentence of the sources
/// that dates something to that day in those words ("a coup d'état on 16 October 2016, on the day of the parliamentary
/// election"); the election's own sentence (who won it) does not tell what happened on its day.
/// </summary>
internal sealed partial class DayOfEventStrategy(AnswerComposer composer) : IAnswerStrategy
{
    /// <summary>The intent of an answer telling what happened on an event's day.</summary>
    public const string Intent = "day-of-event";

    // At most this many words between "day of the" and the event's noun ("the day of the parliamentary election").
    private const int MaxModifiers = 2;

    public Answer? TryAnswer(Question question)
    {
        var knowledge = composer.Knowledge;
        if (question.WordList.FirstOrDefault() != "what" || EventDay(question.Text, knowledge) is not { } eventTerm)
        {
            return null;
        }

        foreach (var passage in knowledge.Passages.Where(p => p.IsAnswerable))
        {
            foreach (var (_, sentence) in SentenceSplitter.Split(passage.Text))
            {
                if (DayOfPhrase().Matches(sentence).Any(m => Names(knowledge, m.Groups["event"].Value, eventTerm, question)))
                {
                    return new Answer(true, Intent, "What happened that day, according to my sources", sentence.Trim(), [], [composer.Source(passage.Id, question)], []);
                }
            }
        }

        return null;
    }

    // The term of the event whose day the question keys on: "election" in "on election day" or "on the day of the election".
    private static string? EventDay(string text, KnowledgeBase knowledge)
    {
        var match = AskedEventDay().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["before"].Success ? match.Groups["before"].Value : match.Groups["after"].Value;
        return knowledge.Analyzer.Terms(word).FirstOrDefault() is { } term && Facts.FactDate.MonthOf(word) is null && !term.Any(char.IsAsciiDigit) ? term : null;
    }

    // Whether the words after "day of the" in a sentence end with the event asked ("parliamentary election").
    private static bool Names(KnowledgeBase knowledge, string words, string eventTerm, Question question) =>
        question.Covers(eventTerm, words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(MaxModifiers + 1).SelectMany(knowledge.Analyzer.Terms)
            .ToHashSet(StringComparer.Ordinal));

    // "on the day of the (parliamentary) election", "on election day"; the first tried first, so that "on the day" is not
    // read as the day of "the".
    [GeneratedRegex(@"\bon\s+the\s+day\s+of\s+(?:the\s+)?(?:[\p{L}\d]+\s+){0,2}(?<after>\p{L}+)|\bon\s+(?:the\s+)?(?<before>\p{L}+)\s+day\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedEventDay();

    // "the day of the parliamentary election" in a sentence of the sources.
    [GeneratedRegex(@"\bday\s+of\s+(?:the\s+)?(?<event>(?:\p{L}+\s*){1,3})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayOfPhrase();
}
