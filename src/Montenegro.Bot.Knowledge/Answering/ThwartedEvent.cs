using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "In what year did North Macedonia become a NATO member?" answered by "… at the same time as Macedonia, whose membership
/// has been vetoed by Greece": the passage dates something, but of the state asked about it says only that its event was
/// stopped. The date is another event's, and a decline is true: the sources never say the event asked happened. The words
/// that tell an event stopped are kept in <c>data/unstated.json</c> (<see cref="UnstatedDetails.ThwartingWords"/>).
/// </summary>
internal static partial class ThwartedEvent
{
    // How many words after the state's name the word stopping its event may stand ("Macedonia, whose membership has been vetoed").
    private const int Reach = 6;

    /// <summary>
    /// The name of the state <paramref name="question"/> asks the date of an event of, when <paramref name="answer"/> says
    /// of it only that its event was stopped; null when the question asks no date, asks of the stopping itself ("when did
    /// Greece veto …"), or the answer says no such thing.
    /// </summary>
    public static string? Of(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (!answer.Answered || knowledge.Unstated.ThwartingWords is not { Count: > 0 } thwarting || !question.Has(Language.Cue.When))
        {
            return null;
        }

        var stopping = thwarting.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (question.Words.Any(stopping.Contains))
        {
            return null;
        }

        var asked = question.Entities.Select(m => m.Entity)
            .Where(e => e.Type == EntityType.Country && e.Id != "montenegro")
            .Select(e => e.Id)
            .ToHashSet(StringComparer.Ordinal);
        if (asked.Count == 0)
        {
            return null;
        }

        var lead = answer.Text.Split('\n', 2)[0];
        foreach (var mention in knowledge.Recognizer.Recognize(lead).Where(m => asked.Contains(m.Entity.Id)))
        {
            for (var at = lead.IndexOf(mention.Text, StringComparison.Ordinal); at >= 0; at = lead.IndexOf(mention.Text, at + 1, StringComparison.Ordinal))
            {
                var after = Word().Matches(lead[(at + mention.Text.Length)..]).TakeWhile(m => char.IsLetter(m.Value[0])).Take(Reach).Select(m => m.Value.ToLowerInvariant());
                if (after.Any(stopping.Contains))
                {
                    return mention.Entity.Name;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\p{L}+|[.;!?]")]
    private static partial Regex Word();
}
