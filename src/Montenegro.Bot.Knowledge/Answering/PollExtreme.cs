using System.Globalization;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Which CEDEM poll showed the lowest opposition?": the highest or lowest share of the polls selected, read like for like.
/// The poll table's shares for and against add up to 100; the polls the article's text quotes count the undecided as well,
/// so their shares run lower and are no match for the table's. The extreme is the table's when the table has any of the
/// polls, and a quoted figure beyond it is shown beside it with what its shares add up to.
/// </summary>
internal sealed partial class PollStrategy
{
    // Shares that add up to less than this leave room for the undecided.
    private const double WholeShares = 99.5;

    private Answer Extreme(IReadOnlyList<Fact> polls, Func<Fact, double> share, bool highest, Question question, string what)
    {
        var table = polls.Where(f => f.Poll!.FromTable).ToList();
        var pool = table.Count > 0 ? table : polls;
        var pick = highest ? pool.MaxBy(share)! : pool.MinBy(share)!;
        var overall = highest ? polls.MaxBy(share)! : polls.MinBy(share)!;
        if (overall.Poll!.FromTable || share(overall) == share(pick) || ReferenceEquals(pool, polls))
        {
            return Single(pick, question, what + " in my sources" + OfGroup(pick));
        }

        var single = Single(pick, question, what + " in the poll table");
        if (!single.Answered)
        {
            return single;
        }

        var sum = Share(overall.Poll.For) + Share(overall.Poll.Against);
        var adds = double.IsNaN(sum) || sum >= WholeShares ? string.Empty
            : $" (its shares for and against add up to {sum.ToString("0.##", CultureInfo.InvariantCulture)}%, where the table's add up to 100)";
        var beyond = $"The article's text quotes a {(highest ? "higher" : "lower")} figure from another poll{adds}: {overall.Statement}";
        return single with
        {
            Text = single.Text + "\n\n" + beyond,
            Sources = single.Sources.Concat(composer.Sources([overall], question)).DistinctBy(s => s.Id).ToList(),
        };
    }
}
