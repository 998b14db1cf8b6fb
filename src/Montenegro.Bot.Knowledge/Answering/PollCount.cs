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

    // The count of the polls meeting the question's condition, or null when the question asks no count with a condition. A
    // question that does not count ("did opposition ever exceed 60%?", "which polls put support below half?") gets the same
    // polls, when it is about several; one poll's bound is that poll's verdict.
    private Answer? CountMeeting(IReadOnlyList<Fact> polls, Question question)
    {
        if (!question.Has(Cue.Count) && (polls.Count < 2 || question.Has(Cue.Highest) || question.Has(Cue.Lowest) || question.Has(Cue.First) || question.Has(Cue.Last)))
        {
            return null;
        }

        if (SidesComparedIn(question) is { } sides)
        {
            return CountMeeting(polls, question, f => (Share(f.Poll!.For), Share(f.Poll!.Against)) is var (pro, contra)
                && !double.IsNaN(pro) && !double.IsNaN(contra) ? sides.Holds(pro, contra) : null, sides.Describe());
        }

        if (ConditionOf(question) is not { } condition)
        {
            return null;
        }

        var against = question.Has(Cue.Opposition);
        var what = condition.Describe(against);
        return CountMeeting(polls, question, f => Share(against ? f.Poll!.Against : f.Poll!.For) is var share && !double.IsNaN(share) ? condition.Holds(share) : null, what);
    }

    // The polls whose figures let the condition be judged (it gives null for the others), counted with those meeting it.
    private Answer? CountMeeting(IReadOnlyList<Fact> polls, Question question, Func<Fact, bool?> meets, string what)
    {
        var withFigure = polls.Where(f => meets(f) is not null).ToList();
        if (withFigure.Count == 0)
        {
            return null;
        }

        var meeting = withFigure.Where(f => meets(f) == true).ToList();
        var whose = withFigure.All(f => f.Poll!.FromTable) ? "polls in the poll table" : "poll figures in my sources";
        var counted = meeting.Count == withFigure.Count ? $"All {withFigure.Count} {whose} showed {what}"
            : meeting.Count == 0 ? $"None of the {withFigure.Count} {whose} showed {what}"
            : $"{meeting.Count} of the {withFigure.Count} {whose} showed {what}";

        // "Did opposition ever exceed 60%?": yes when any poll did; "was support above half in every poll of 2016?" only when
        // all did.
        if (!question.Has(Cue.Count) && question.StartsWith(Cue.YesNo))
        {
            var all = question.Has(Cue.EveryOne);
            counted = meeting.Count == withFigure.Count || (!all && meeting.Count > 0) ? "Yes. " + counted
                : meeting.Count == 0 ? "No. " + counted
                : counted;
        }
        // None met it: the polls judged are the evidence ("No. None of the 2 poll figures ...: CEDEM, July 2015: 36.6% ..."),
        // when they are few enough to read.
        if (meeting.Count == 0)
        {
            var evidence = withFigure.Count <= MaxListed ? ":\n" + string.Join("\n", withFigure.Select(Bullet)) : ".";
            return new Answer(true, Intent, "Polls counted", counted + evidence, [], composer.Sources(withFigure.Take(MaxListed), question), []);
        }

        // Polls are ordered newest first.
        var span = meeting.Count == 1 ? $" ({meeting[0].Date?.Text})" : $", from {meeting[^1].Date?.Text} to {meeting[0].Date?.Text}";
        var text = $"{counted}{span}:\n" + string.Join("\n", meeting.Select(Bullet));
        return new Answer(true, Intent, "Polls counted", text,
            [new AnswerField("Polls", meeting.Count.ToString(CultureInfo.InvariantCulture))], composer.Sources(meeting, question), []);
    }

    // "How many of the polls in the table were carried out by CEDEM?", "how many polls are there from 2016?": the polls the
    // question's filters select, counted. Only a count of polls themselves: "how many people supported it" asks a share.
    private Answer? CountSelected(IReadOnlyList<Fact> polls, IReadOnlyList<string> filters, Question question)
    {
        if (polls.Count == 0 || !question.Has(Cue.Count) || !CountsPolls(question))
        {
            return null;
        }

        // "In how many polls did supporters outnumber opponents?": a condition on the polls' sides that was not read is no
        // reason to count them all.
        if (question.Has(Cue.StanceFor) || question.Has(Cue.Opposition))
        {
            return null;
        }

        // "How many polls were carried out by Gallup?": a name no source uses is a filter no poll meets, not no filter.
        if (UnknownName(question) is { } unknown)
        {
            return composer.Decline(Intent, "No such poll in my sources",
                $"My sources have no poll on NATO membership by or about {unknown}. They have {_polls.Count} poll figures{Range(_polls)}.", question);
        }

        // A poll the table lists and the text quotes too is one poll.
        var distinct = polls.DistinctBy(f => (f.Poll!.PollsterId ?? f.Id, f.Date?.Year, f.Date?.Month)).ToList();
        var where = polls.All(f => f.Poll!.FromTable) ? "in the poll table" : "in my sources";
        var which = filters.Count == 0 ? string.Empty : " " + string.Join(" ", filters);
        var span = distinct.Count == 1 ? $" ({distinct[0].Date?.Text})" : Range(distinct);
        var text = $"{distinct.Count} poll{(distinct.Count == 1 ? string.Empty : "s")} on NATO membership {where}{which}{span}:\n"
            + string.Join("\n", distinct.Select(Bullet));
        return new Answer(true, Intent, "Polls counted", text,
            [new AnswerField("Polls", distinct.Count.ToString(CultureInfo.InvariantCulture))], composer.Sources(distinct.Take(MaxListed), question), []);
    }

    // A capitalised word after the first that no passage of the sources holds: a name they never use.
    private static string? UnknownName(Question question)
    {
        if (question.Knowledge is not { } knowledge)
        {
            return null;
        }

        return NameWord().Matches(question.Text).Where(m => m.Index > 0).Select(m => m.Value)
            .FirstOrDefault(word => knowledge.Analyzer.Terms(word).Select(knowledge.Index.SourceForm).Any(t => knowledge.Index.PassageFrequency(t) == 0));
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{L}/]*")]
    private static partial Regex NameWord();

    // What the count asks for is polls: the first word after the count cue's phrase that is not an article or "of" is a poll.
    private static bool CountsPolls(Question question)
    {
        var words = question.WordList;
        var articles = question.Lexicon.Articles;
        foreach (var phrase in question.Lexicon.Phrases(Cue.Count))
        {
            for (var i = 0; i + phrase.Length <= words.Count; i++)
            {
                if (!phrase.SequenceEqual(words.Skip(i).Take(phrase.Length)))
                {
                    continue;
                }

                var noun = words.Skip(i + phrase.Length).FirstOrDefault(w => w != "of" && !articles.Contains(w));
                if (noun is not null && question.Knowledge?.Analyzer.Terms(noun).Contains("poll") == true)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "More people against than for", "fewer in favour than against": the two sides of a poll set against each other. The
    // comparative words are those the lexicon's "above" and "below" cues put before "than" ("more than", "fewer than").
    private static SidesCompared? SidesComparedIn(Question question)
    {
        var words = question.WordList;
        var than = question.IndexOfWord("than");
        if (than < 1)
        {
            return OutnumberedIn(question);
        }

        var more = WordsBeforeThan(question, Cue.Above);
        var less = WordsBeforeThan(question, Cue.Below);
        var comparative = Enumerable.Range(0, than).LastOrDefault(i => more.Contains(words[i]) || less.Contains(words[i]), -1);
        if (comparative < 0)
        {
            return null;
        }

        var firstSide = SideOf(question, words.Skip(comparative + 1).Take(than - comparative - 1));
        var secondSide = SideOf(question, words.Skip(than + 1));
        if (firstSide is null || secondSide is null || firstSide == secondSide)
        {
            return null;
        }

        return new SidesCompared(AgainstFirst: firstSide == Cue.Opposition, More: more.Contains(words[comparative]));
    }

    // "Did supporters outnumber opponents?": the side before the verb set against the side after it.
    private static SidesCompared? OutnumberedIn(Question question)
    {
        var words = question.WordList;
        var verb = Enumerable.Range(0, words.Count).FirstOrDefault(i => question.Lexicon.Words(Cue.Outnumber).Contains(words[i]), -1);
        if (verb < 1)
        {
            return null;
        }

        var firstSide = SideOf(question, words.Take(verb));
        var secondSide = SideOf(question, words.Skip(verb + 1));
        return firstSide is null || secondSide is null || firstSide == secondSide ? null : new SidesCompared(AgainstFirst: firstSide == Cue.Opposition, More: true);
    }

    // The words that stand before "than" in a cue's phrases ("more" of "more than").
    private static HashSet<string> WordsBeforeThan(Question question, Cue cue) =>
        question.Lexicon.Phrases(cue).Where(p => p.Length == 2 && p[1] == "than").Select(p => p[0]).ToHashSet(StringComparer.Ordinal);

    // The side of a poll a run of words names: for (the support or stance-for cue's words, "backers") or against (the
    // opposition or stance-against cue's), or null for neither or both.
    private static Cue? SideOf(Question question, IEnumerable<string> words)
    {
        var run = words.ToList();
        var pro = question.Lexicon.Words(Cue.Support).Overlaps(run) || question.Lexicon.Words(Cue.StanceFor).Overlaps(run);
        var contra = question.Lexicon.Words(Cue.Opposition).Overlaps(run) || question.Lexicon.Words(Cue.StanceAgainst).Overlaps(run);
        return pro == contra ? null : pro ? Cue.Support : Cue.Opposition;
    }

    // The bound a poll's share must pass: over half for "a majority", else the percentage (or "half") after "above" or "below".
    internal static ShareCondition? ConditionOf(Question question)
    {
        if (question.Has(Cue.Majority))
        {
            return new ShareCondition(Half, Over: true, IsMajority: true);
        }

        var over = question.Has(Cue.Above);
        if (over == question.Has(Cue.Below))
        {
            return null;
        }

        // "Was support below half?": half is a bound of 50%, not a majority.
        if (StatedPercentage().Match(question.Text) is not { Success: true } stated)
        {
            return question.HasWord("half") ? new ShareCondition(Half, over, IsMajority: false) : null;
        }

        return double.TryParse(stated.Groups["share"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bound)
            ? new ShareCondition(bound, over, IsMajority: false)
            : null;
    }

    /// <summary>A bound on a poll's share: over it (strictly) or under it.</summary>
    internal sealed record ShareCondition(double Bound, bool Over, bool IsMajority)
    {
        public bool Holds(double share) => Over ? share > Bound : share < Bound;

        /// <summary>"a majority in favour of NATO membership", "more than 60% against NATO membership".</summary>
        public string Describe(bool against)
        {
            var side = against ? "against" : "in favour of";
            return IsMajority ? $"a majority {side} NATO membership"
                : $"{(Over ? "more" : "less")} than {Bound.ToString("0.##", CultureInfo.InvariantCulture)}% {side} NATO membership";
        }
    }

    /// <summary>One side of a poll set against the other: more (or fewer) against than for, or the reverse.</summary>
    private sealed record SidesCompared(bool AgainstFirst, bool More)
    {
        public bool Holds(double pro, double contra)
        {
            var (first, second) = AgainstFirst ? (contra, pro) : (pro, contra);
            return More ? first > second : first < second;
        }

        public string Describe() => (AgainstFirst, More) switch
        {
            (true, true) or (false, false) => "more people against NATO membership than for it",
            _ => "more people for NATO membership than against it",
        };
    }

    [GeneratedRegex(@"(?<share>[0-9]+(?:\.[0-9]+)?)\s*(?:%|percent\b|per cent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StatedPercentage();
}
