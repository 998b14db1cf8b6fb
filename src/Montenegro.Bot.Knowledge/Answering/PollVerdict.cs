using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The verdict on a yes/no question about the one poll an answer gives: whether a majority took the side asked ("did a
/// majority oppose NATO in CEDEM's Nov 2015 poll?": 50.2% against) or its share passed the bound asked ("was support above
/// 50 percent?"), and whether the latest poll shows the change asked
/// ("did support drop, judging by the last poll?": 43% for, against 54.2% in the poll before it). A poll of a group the
/// question does not ask about, two figures for the one poll, or a question taking both sides settle nothing.
/// </summary>
internal static class PollVerdict
{
    /// <summary>"Yes." or "No." (a change with the figures it compares) when the answer's poll settles it, otherwise null.</summary>
    public static string? Verdict(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (answer.Intent != PollStrategy.Intent || question.Has(Cue.Negation)
            || answer.Facts.Where(f => f.Poll is not null).DistinctBy(f => f.Id).ToList() is not [var poll]
            || !AboutThePoll(question, poll) || Side(question) is not { } against)
        {
            return null;
        }

        return MajorityVerdict(question, poll, against) ?? ChangeVerdict(question, poll, against, knowledge);
    }

    // Every name the question uses is the poll's own: NATO, Montenegro, a pollster, the poll's group.
    private static bool AboutThePoll(Question question, Fact poll) =>
        question.Entities.All(m => m.Entity.Id is "nato" or "montenegro" || m.Entity.Type == Entities.EntityType.Pollster || m.Entity.Id == poll.Poll!.GroupId);

    // Whether the question asks about the share against (true) or in favour (false); null when it names both or neither.
    private static bool? Side(Question question)
    {
        var against = question.Has(Cue.StanceAgainst) || question.Has(Cue.Opposition);
        var isFor = question.Has(Cue.StanceFor);
        return against == isFor ? null : against;
    }

    // A majority, or a bound the question sets ("was support above 50 percent?", "below half?"): on which side the share lies.
    private static string? MajorityVerdict(Question question, Fact poll, bool against)
    {
        var share = Share(against ? poll.Poll!.Against : poll.Poll!.For);
        if (PollStrategy.ConditionOf(question) is not { } condition || double.IsNaN(share) || share == condition.Bound)
        {
            return null;
        }

        return condition.Holds(share) ? "Yes." : "No.";
    }

    // The latest poll against the one before it: the change the question asks (a rise or a fall), or its opposite.
    private static string? ChangeVerdict(Question question, Fact poll, bool against, KnowledgeBase knowledge)
    {
        var asksRise = question.Has(Cue.Rise);
        if (!question.Has(Cue.Last) || asksRise == question.Has(Cue.Fall) || poll.Poll!.GroupId is not null || poll.Date?.Year is null)
        {
            return null;
        }

        string? Figure(Fact f) => against ? f.Poll!.Against : f.Poll!.For;
        var overall = knowledge.Facts.Where(f => f.Poll is { GroupId: null } && f.Date?.Year is not null && !double.IsNaN(Share(Figure(f)))).ToList();
        if (overall.Any(f => Month(f.Date!) > Month(poll.Date!)))
        {
            return null;
        }

        var before = overall.Where(f => Month(f.Date!) < Month(poll.Date!)).OrderByDescending(f => f.Date).FirstOrDefault();
        if (before is null || Share(Figure(before)) == Share(Figure(poll)))
        {
            return null;
        }

        var rose = Share(Figure(poll)) > Share(Figure(before));
        var what = against ? "Opposition to NATO membership" : "Support for NATO membership";
        return $"{(rose == asksRise ? "Yes." : "No.")} {what} {(rose ? "rose" : "fell")} from {Figure(before)}% in the poll before it ({before.Label}) to {Figure(poll)}%.";
    }

    // Year and month as one sortable number; a poll dated to its year only sorts before that year's months.
    private static int Month(FactDate date) => (date.Year ?? 0) * 13 + (date.Month ?? 0);

    private static double Share(string? value) => PollStrategy.Share(value);
}
