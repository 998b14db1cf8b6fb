using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "How many polls in the table showed a majority in favour?", "how many polls put opposition above 55%?": the polls whose
/// share for (or against) is over or under a bound, counted, with the span of their dates.
/// </summary>
internal sealed partial class PollStrategy
{
    private const double Half = 50;

    // The count of the polls meeting the question's condition, or null when the question asks no count with a condition.
    private Answer? CountMeeting(IReadOnlyList<Fact> polls, Question question)
    {
        if (!question.Has(Cue.Count) || ConditionOf(question) is not { } condition)
        {
            return null;
        }

        var against = question.Has(Cue.Opposition);
        var withFigure = polls.Where(f => !double.IsNaN(Share(against ? f.Poll!.Against : f.Poll!.For))).ToList();
        if (withFigure.Count == 0)
        {
            return null;
        }

        var meeting = withFigure.Where(f => condition.Holds(Share(against ? f.Poll!.Against : f.Poll!.For))).ToList();
        var side = against ? "against" : "in favour of";
        var what = condition.IsMajority ? $"a majority {side} NATO membership"
            : $"{(condition.Over ? "more" : "less")} than {condition.Bound.ToString("0.##", CultureInfo.InvariantCulture)}% {side} NATO membership";
        var whose = withFigure.All(f => f.Poll!.FromTable) ? "polls in the poll table" : "poll figures in my sources";
        var counted = meeting.Count == withFigure.Count ? $"All {withFigure.Count} {whose} showed {what}"
            : meeting.Count == 0 ? $"None of the {withFigure.Count} {whose} showed {what}"
            : $"{meeting.Count} of the {withFigure.Count} {whose} showed {what}";
        if (meeting.Count == 0)
        {
            return new Answer(true, Intent, "Polls counted", counted + ".", [], composer.Sources(withFigure.Take(MaxListed), question), []);
        }

        // Polls are ordered newest first.
        var span = meeting.Count == 1 ? $" ({meeting[0].Date?.Text})" : $", from {meeting[^1].Date?.Text} to {meeting[0].Date?.Text}";
        var text = $"{counted}{span}:\n" + string.Join("\n", meeting.Select(Bullet));
        return new Answer(true, Intent, "Polls counted", text,
            [new AnswerField("Polls", meeting.Count.ToString(CultureInfo.InvariantCulture))], composer.Sources(meeting, question), []);
    }

    // The bound a poll's share must pass: over half for "a majority", else the percentage after "above" or "below".
    private static ShareCondition? ConditionOf(Question question)
    {
        if (question.Has(Cue.Majority))
        {
            return new ShareCondition(Half, Over: true, IsMajority: true);
        }

        var over = question.Has(Cue.Above);
        if (over == question.Has(Cue.Below) || StatedPercentage().Match(question.Text) is not { Success: true } stated)
        {
            return null;
        }

        return double.TryParse(stated.Groups["share"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bound)
            ? new ShareCondition(bound, over, IsMajority: false)
            : null;
    }

    /// <summary>A bound on a poll's share: over it (strictly) or under it.</summary>
    private sealed record ShareCondition(double Bound, bool Over, bool IsMajority)
    {
        public bool Holds(double share) => Over ? share > Bound : share < Bound;
    }

    [GeneratedRegex(@"(?<share>[0-9]+(?:\.[0-9]+)?)\s*(?:%|percent\b|per cent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StatedPercentage();
}
