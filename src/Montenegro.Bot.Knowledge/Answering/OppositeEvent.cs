namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "When did Russia open its embassy in Podgorica?" answered by "… with Russia then closing its consulate in Podgorica":
/// the passage shares the question's names and place but tells of the opposite deed. It dates that deed, not the one asked,
/// and a decline is true: the sources never say the deed asked happened. The pairs of opposite deeds are kept in
/// <c>data/unstated.json</c> (<see cref="UnstatedDetails.Opposites"/>).
/// </summary>
internal static class OppositeEvent
{
    /// <summary>
    /// The word of the opposite deed <paramref name="answer"/>'s statement tells of, when <paramref name="question"/> (not a
    /// yes/no question) asks of a deed of a pair and the statement says only its opposite; null otherwise.
    /// </summary>
    public static string? Of(Question question, Answer answer, KnowledgeBase knowledge)
    {
        // A yes/no question is answered "No." by the opposite deed ("did Russia keep its consulate open?" by its closing).
        if (!answer.Answered || question.StartsWith(Language.Cue.YesNo) || knowledge.Unstated.Opposites is not { Count: > 0 } opposites)
        {
            return null;
        }

        var asked = UnstatedDetail.Words(question.Text).ToHashSet(StringComparer.Ordinal);
        var told = UnstatedDetail.Words(answer.Text.Split('\n', 2)[0]);
        foreach (var pair in opposites.Where(p => p.Count == 2))
        {
            foreach (var (deed, opposite) in new[] { (pair[0], pair[1]), (pair[1], pair[0]) })
            {
                // A question naming both deeds ("did it close the consulate it had opened?") asks of neither alone.
                if (!deed.Any(asked.Contains) || opposite.Any(asked.Contains) || told.Any(deed.Contains))
                {
                    continue;
                }

                if (told.FirstOrDefault(opposite.Contains) is { } said)
                {
                    return said;
                }
            }
        }

        return null;
    }
}
