using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Polls found by what they hold or lack rather than by pollster and date: the poll whose share or lead is the figure the
/// question states ("which poll gave 43.75 for NATO?"), the rows that name no polling firm, and two ethnic groups' shares of
/// one poll set against each other ("was backing among Serbs higher or lower than among Bosniaks?").
/// </summary>
internal sealed partial class PollStrategy
{
    // The words a negation may reach over before the pollster noun it denies ("don't name a polling firm").
    private const int NegationReach = 4;

    // The polls whose share (the side the question names, or any) or lead is a figure the question states, or null when it
    // states none or no poll has it.
    private static (List<Fact> Polls, string Figures)? WithFigureAsked(IReadOnlyList<Fact> polls, Question question)
    {
        var figures = FiguresAsked(question);
        if (figures.Count == 0)
        {
            return null;
        }

        var against = question.Has(Cue.Opposition) || question.Has(Cue.StanceAgainst);
        var isFor = question.Has(Cue.Support) || question.Has(Cue.StanceFor);
        IEnumerable<string?> Fields(Fact f) => against && !isFor ? [f.Poll!.Against]
            : isFor && !against ? [f.Poll!.For]
            : question.Has(Cue.Lead) ? [f.Poll!.Lead]
            : [f.Poll!.For, f.Poll.Against, f.Poll.Lead, .. f.Figures.Select(x => x.Value.TrimEnd('%'))];
        var matching = polls.Where(f => Fields(f).Any(v => figures.Contains(Share(v)))).ToList();
        var stated = string.Join(" or ", figures.Select(x => x.ToString("0.##", CultureInfo.InvariantCulture)));
        if (matching.Count > 0)
        {
            return (matching, stated);
        }

        // "Like 60%", "about 56 percent": a whole figure said loosely is the share it rounds, when no share is that figure
        // exactly ("60" for 60.1); a figure with decimals is meant as written.
        var whole = figures.Where(x => x == Math.Floor(x)).ToHashSet();
        var rounded = polls.Where(f => Fields(f).Any(v => !double.IsNaN(Share(v)) && whole.Contains(Math.Round(Share(v), MidpointRounding.AwayFromZero)))).ToList();
        return rounded.Count > 0 ? (rounded, "about " + stated) : null;
    }

    // Whether the question states, as a share, a figure some poll gives exactly ("the figure of 72%", "54.2 percent").
    private bool StatesAPollsFigure(Question question)
    {
        var figures = FiguresAsked(question);
        return figures.Count > 0 && _polls.Any(f => new[] { f.Poll!.For, f.Poll.Against, f.Poll.Lead }.Concat(f.Figures.Select(x => x.Value.TrimEnd('%')))
            .Any(v => figures.Contains(Share(v))));
    }

    // The figures a question states of a poll: a decimal ("43.75"), or a whole number marked as a share ("56%", "56 for"); not a
    // year, a bound ("above 50 percent") or a day of a month ("on 26 June").
    private static HashSet<double> FiguresAsked(Question question)
    {
        var figures = new HashSet<double>();
        if (ConditionOf(question) is not null)
        {
            return figures;
        }

        var sides = question.Lexicon.Words(Cue.Support).Concat(question.Lexicon.Words(Cue.Opposition)).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in Figure().Matches(question.Text))
        {
            var before = m.Groups["before"].Value;
            var after = m.Groups["after"].Value.ToLowerInvariant();
            if (FactDate.MonthOf(before) is not null || FactDate.MonthOf(after) is not null)
            {
                continue;
            }

            var marked = m.Groups["pct"].Success || after is "percent" or "per" or "points" or "point" || sides.Contains(after);
            if ((m.Groups["decimals"].Success || marked)
                && double.TryParse(m.Groups["n"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                figures.Add(value);
            }
        }

        return figures;
    }

    // "Which two rows in the poll table don't name a polling firm?": the polls whose pollster the sources leave out, or null
    // when the question denies no pollster.
    private Answer? WithoutPollster(IReadOnlyList<Fact> polls, Question question)
    {
        if (!DeniesPollster(question))
        {
            return null;
        }

        var unnamed = polls.Where(f => f.Poll!.PollsterId is null && f.Poll.GroupId is null).ToList();
        if (unnamed.Count == 0)
        {
            return null;
        }

        var where = unnamed.All(f => f.Poll!.FromTable) ? "rows of the poll table" : "polls in my sources";
        var dates = JoinedWithAnd(unnamed.Select(f => f.Date?.Text ?? "undated").ToList());
        var text = (unnamed.Count == 1 ? $"One of the {where} names no polling firm: {dates}." : $"{unnamed.Count} {where} name no polling firm: {dates}.")
            + "\n" + string.Join("\n", unnamed.Select(Bullet));
        return new Answer(true, Intent, "Polls without a named pollster", text,
            [new AnswerField("Polls", unnamed.Count.ToString(CultureInfo.InvariantCulture))], composer.Sources(unnamed.Take(MaxListed), question), []);
    }

    // A negation with a pollster noun soon after it ("don't name a polling firm", "without a pollster").
    private static bool DeniesPollster(Question question)
    {
        var words = question.WordList;
        var pollsterNouns = question.Lexicon.Words(Cue.PollsterNoun);
        return EvidenceSentences.PhraseStarts(words, Cue.Negation, question.Lexicon)
            .Any(p => words.Skip(p.Start + p.Length).Take(NegationReach).Any(pollsterNouns.Contains));
    }

    // "Was NATO backing among Montenegrin Serbs higher or lower than among Bosniaks?": the first group the question names set
    // against the second, from the one poll that gives both; null unless each group has exactly one such figure.
    private Answer? GroupsCompared(IReadOnlyList<Fact> polls, IReadOnlyList<Entity> groups, Question question)
    {
        if (groups.Count != 2)
        {
            return null;
        }

        var ordered = groups.OrderBy(g => FirstMention(question, g)).ToList();
        var each = ordered.Select(g => polls.Where(f => f.Poll!.GroupId == g.Id && !double.IsNaN(Share(f.Poll.For))).ToList()).ToList();
        if (each.Any(p => p.Count != 1))
        {
            return null;
        }

        var (first, second) = (each[0][0], each[1][0]);
        var (a, b) = (Share(first.Poll!.For), Share(second.Poll!.For));
        var gap = Math.Abs(a - b).ToString("0.##", CultureInfo.InvariantCulture);
        var poll = first.Statement == second.Statement ? $" in {PollName(first)}" : string.Empty;
        var verdict = a == b
            ? $"Support for NATO membership was the same among {ordered[0].Name} and {ordered[1].Name}{poll}: {first.Poll.For}%."
            : $"Support for NATO membership was {(a > b ? "higher" : "lower")} among {ordered[0].Name} ({first.Poll.For}%) than among {ordered[1].Name} ({second.Poll.For}%){poll}: {gap} points {(a > b ? "more" : "less")}.";
        var sources = new[] { first, second }.DistinctBy(f => f.Id).ToList();
        var text = verdict + "\n" + (first.Statement == second.Statement ? first.Statement + " (article text)" : string.Join("\n", sources.Select(Bullet)));
        return new Answer(true, Intent, "Groups compared", text, [], composer.Sources(sources, question), []) { Facts = sources };
    }

    // Where in the question a group is first named, by any of the words it was recognised by.
    private static int FirstMention(Question question, Entity group)
    {
        return question.Entities.Where(m => m.Entity.Id == group.Id)
            .Select(m => question.Text.IndexOf(m.Text, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min();
    }

    [GeneratedRegex(@"(?:(?<before>\p{L}+)\s+)?(?<![\d.,])(?<n>\d{1,3}(?<decimals>[.,]\d+)?)(?![\d.,]*\d)(?<pct>\s*%)?(?![–-]\d)(?:\s+(?<after>\p{L}+))?")]
    private static partial Regex Figure();
}
