using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Poll details the sources do not hold: how a poll was carried out (its sample, margin of error, method) and the figure of a
/// part of the population they give none for. Saying which figures they do give is a decline, not an answer.
/// </summary>
internal sealed partial class PollStrategy
{
    // A decline for a detail of the selected polls the sources lack, or null when the question asks for none.
    private Answer? DetailNotHeld(IReadOnlyList<Fact> polls, Question question)
    {
        if (polls.Count == 0)
        {
            return null;
        }

        // "How many respondents wanted a referendum?" asks for a share the sources give, not for the sample.
        var asksStance = question.Has(Cue.Support) || question.Has(Cue.Opposition) || question.HasWord("want", "wanted", "wanting");
        if (question.Has(Cue.PollMethod) && !asksStance)
        {
            return composer.Decline(Intent, "Not in my sources",
                $"My sources give {FiguresOf(polls)}, but nothing on how {(polls.Count == 1 ? "it was" : "they were")} carried out: no sample size, margin of error or method.",
                question, composer.Sources(polls.Take(MaxListed), question));
        }

        if (UnheldGroup(question) is { } group)
        {
            var named = _polls.Where(f => f.Poll!.GroupId is not null).Select(f => f.Poll!.GroupId!).Distinct(StringComparer.Ordinal)
                .Select(id => composer.Knowledge.EntitiesById.TryGetValue(id, out var e) ? e.Name : id).ToList();
            var groups = named.Count == 0 ? string.Empty : $" The only groups they give figures for are {JoinedWithAnd(named)}.";
            return composer.Decline(Intent, "Not in my sources",
                $"My sources give no figure for {group}. They give {FiguresOf(polls)} for the population as a whole.{groups}",
                question, composer.Sources(polls.Take(MaxListed), question));
        }

        return null;
    }

    private static string JoinedWithAnd(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    // "What percentage of Montenegrin Croats supported it?": a part of the population, as the question words it, that is asked
    // a figure of and that is none of the groups the sources give figures for.
    private static string? UnheldGroup(Question question)
    {
        // "Which group backed it the most, among Croats?" asks the group's support as much as its share does.
        var asksFigure = question.Has(Cue.Percentage) || question.Has(Cue.Count) || question.Has(Cue.HowMuch) || question.HasWord("share", "proportion")
            || question.Has(Cue.Support);
        if (!asksFigure || question.EntitiesOf(Entities.EntityType.Group).Any())
        {
            return null;
        }

        var words = question.WordList;
        var phrase = question.Lexicon.Phrases(Cue.PopulationGroup)
            .FirstOrDefault(p => Enumerable.Range(0, Math.Max(0, words.Count - p.Length + 1)).Any(i => p.SequenceEqual(words.Skip(i).Take(p.Length))));
        if (phrase is null)
        {
            return null;
        }

        // As the question writes it ("Croats", not "croats").
        var asked = string.Join(' ', phrase);
        var at = question.Text.IndexOf(asked, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? asked : question.Text.Substring(at, asked.Length);
    }

    // "the figures of the CISR/IRI poll of 6–12 October 2017 (43% for NATO membership, 51% against)", each poll's for a few,
    // a count of polls for more.
    private string FiguresOf(IReadOnlyList<Fact> polls)
    {
        const int maxNamed = 3;
        if (polls.Count > maxNamed)
        {
            return $"figures for and against NATO membership from {polls.Count} such polls";
        }

        string Figures(Fact f) => f.Poll!.For is null ? string.Empty
            : f.Poll.Against is null ? $" ({f.Poll.For}% for NATO membership)" : $" ({f.Poll.For}% for NATO membership, {f.Poll.Against}% against)";
        return "the figures of " + string.Join(" and of ", polls.Select(f => PollName(f) + Figures(f)));
    }
}
