using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "Which of those two had the bigger lead?", "which of the two showed more support?" after turns that each gave one poll:
/// the two polls just given, named, as "which of those two had the bigger lead, the NSPM poll of 28 May-5 Jun 2016 or the
/// DAMAR poll of 26 June 2016?", so the poll answer compares those two and no others of their pollsters.
/// </summary>
internal static class PollPair
{
    // How many turns back the two polls may lie ("what was the lead?" may sit between them).
    private const int TurnsBack = 4;

    // Most words of such a question ("so which of those two polls had the bigger lead then").
    private const int MaxWords = 10;

    /// <summary>The follow-up with the two polls named; null unless it points back at a number of things and names none.</summary>
    /// <param name="english">The follow-up, normalised to English.</param>
    /// <param name="question">The follow-up parsed.</param>
    /// <param name="turns">The conversation's turns, oldest first.</param>
    public static string? Resolve(string english, Question question, IReadOnlyList<ConversationTurn> turns)
    {
        // The number the question counts is two ("those two", "the 2"): "who ran that one?" asks of one poll.
        var two = question.Lexicon.Phrases(Cue.SpokenNumber).Where(p => p is [_, "2"]).Select(p => p[0]).Append("2").ToHashSet(StringComparer.Ordinal);
        if (question.WordList.Count > MaxWords || question.Years.Count > 0 || question.Entities.Any(m => m.Entity.Type == EntityType.Pollster)
            || !question.WordList.Any(two.Contains) || !question.Lexicon.Words(Cue.Interrogative).Contains(question.WordList[0])
            || !FollowUpResolver.PointsBack(question))
        {
            return null;
        }

        // The last two different polls given, counted back from the last turn.
        var polls = turns.Reverse().Take(TurnsBack).Select(t => t.AnswerPoll).OfType<string>().Distinct(StringComparer.Ordinal).Take(2).ToList();
        if (polls.Count < 2)
        {
            return null;
        }

        return $"{english.TrimEnd('?', ' ', '.', '!')}, {polls[1]} or {polls[0]}?";
    }
}
