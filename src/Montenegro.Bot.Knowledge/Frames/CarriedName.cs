using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "And the EU?" after "When was Montenegro admitted to the United Nations?": the last question carried over with a new
/// name must be answered for that name. When its answer is the last answer's passage again and the date the last answer
/// gave stands in that passage next to the last question's name, not the new one, the date is the old name's, and the
/// follow-up is declined rather than answered with it.
/// </summary>
internal static class CarriedName
{
    private const string Home = "montenegro";

    /// <summary>The old name the answer's date belongs to, or null when the answer may be the new name's.</summary>
    public static string? DateOfTheOldName(Question asked, QuestionFrame frame, Answer answer, ConversationTurn last, KnowledgeBase knowledge)
    {
        if (!answer.Answered || answer.Sources.Count == 0 || last.AnswerSource != answer.Sources[0].Id || last.AnswerDate is null
            || frame.AnswerType != AnswerType.Date || last.Frame.AnswerType != AnswerType.Date)
        {
            return null;
        }

        // The frame's text is the last question as answered, already in English.
        var previous = knowledge.Recognizer.Recognize(last.Frame.Text);
        var added = asked.Entities.Where(m => m.Entity.Id != Home && previous.All(p => p.Entity.Id != m.Entity.Id)).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        var dropped = previous.Where(p => p.Entity.Id != Home && asked.Entities.All(m => m.Entity.Id != p.Entity.Id)).Select(p => p.Entity).ToList();
        if (added.Count == 0 || dropped.Count == 0)
        {
            return null;
        }

        // The name written last before the date the last answer gave is the one the passage dates ("the United Nations, to
        // which it was admitted on 28 June 2006"); a date that opens its sentence names no one yet and decides nothing.
        var excerpt = answer.Sources[0].Excerpt;
        var dated = excerpt.IndexOf(last.AnswerDate, StringComparison.Ordinal);
        if (dated < 0)
        {
            return null;
        }

        var nearest = knowledge.Recognizer.Recognize(excerpt).Where(m => m.Entity.Id != Home)
            .Select(m => (m.Entity, Distance: DistanceBefore(excerpt, m.Text, dated)))
            .Where(m => m.Distance >= 0)
            .OrderBy(m => m.Distance)
            .Select(m => m.Entity)
            .FirstOrDefault();
        return nearest is not null && !added.Contains(nearest.Id) && dropped.Any(e => e.Id == nearest.Id) ? nearest.Name : null;
    }

    /// <summary>The date an answer gave, as its source writes it ("28 June 2006"); null when it gave none.</summary>
    public static string? DateIn(Answer answer)
    {
        var field = answer.Fields.FirstOrDefault(f => f.Name == "Date")?.Value;
        if (field is null)
        {
            return null;
        }

        var paren = field.IndexOf(" (", StringComparison.Ordinal);
        return paren < 0 ? field : field[..paren];
    }

    /// <summary>The date an answer gave, as ISO ("2006-06-14", "2009-12"); null when it gave none.</summary>
    public static string? IsoIn(Answer answer)
    {
        var field = answer.Fields.FirstOrDefault(f => f.Name == "Date")?.Value;
        var open = field?.LastIndexOf('(') ?? -1;
        var close = field?.LastIndexOf(')') ?? -1;
        return field is null || open < 0 || close < open ? null : field[(open + 1)..close];
    }

    // How far before a point of the text its nearest writing of a name ends, within the point's sentence; -1 when none does.
    private static int DistanceBefore(string text, string name, int point)
    {
        var sentence = text.LastIndexOf(". ", Math.Max(0, point - 1), StringComparison.Ordinal) + 1;
        var best = -1;
        for (var at = text.IndexOf(name, sentence, StringComparison.OrdinalIgnoreCase); at >= 0 && at + name.Length <= point; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            best = point - (at + name.Length);
        }

        return best;
    }
}
