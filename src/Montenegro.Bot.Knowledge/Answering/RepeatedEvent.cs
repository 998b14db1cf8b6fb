namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "When did Igor Zaytsev first travel to Montenegro?": a question asking when something first happened is not answered by
/// a passage that tells of it only as repeated ("on numerous occasions up to 2018"). The passage dates no first time, and a
/// decline is then true: the sources do not say when it began. The words that ask for a first time and the words that tell
/// of a repeated deed are kept in <c>data/unstated.json</c> (<see cref="UnstatedDetails.FirstWords"/>,
/// <see cref="UnstatedDetails.RepeatedWords"/>).
/// </summary>
internal static class RepeatedEvent
{
    /// <summary>
    /// The words by which <paramref name="answer"/>'s statement tells of the deed as repeated, when <paramref name="question"/>
    /// asks when it first happened and the statement names no first time; null otherwise.
    /// </summary>
    public static string? Of(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (!answer.Answered || knowledge.Unstated.FirstWords is not { Count: > 0 } first || knowledge.Unstated.RepeatedWords is not { Count: > 0 } repeated)
        {
            return null;
        }

        var asked = UnstatedDetail.Words(question.Text);
        if (!first.Any(phrase => UnstatedDetail.Contains(asked, UnstatedDetail.Words(phrase), out _))
            || !(question.Has(Language.Cue.When) || question.HasWord("year", "date", "day", "month")))
        {
            return null;
        }

        // The statement, not the whole passage: a passage may tell of one deed as repeated and date another's first time.
        var told = UnstatedDetail.Words(answer.Text.Split('\n', 2)[0]);
        return first.Any(phrase => UnstatedDetail.Contains(told, UnstatedDetail.Words(phrase), out _))
            ? null
            : repeated.FirstOrDefault(phrase => UnstatedDetail.Contains(told, UnstatedDetail.Words(phrase), out _));
    }
}
