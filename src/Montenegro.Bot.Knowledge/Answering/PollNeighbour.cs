using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "The poll just before the CISR/IRI poll of October 2017", "the one after the Ipsos poll of Feb 2016": the neighbour, in date
/// order, of the one poll the question names.
/// </summary>
internal sealed partial class PollStrategy
{
    // The poll before or after the one the question names, or null when it asks for no neighbour or names no single poll.
    private Answer? Neighbour(Question question)
    {
        var before = question.Has(Cue.Before);
        if (before == question.Has(Cue.After) || question.Has(Cue.YearAfter) || question.Has(Cue.YearBefore)
            || AnchorPoll(question) is not { } anchor || !NamedAfter(question, before ? Cue.Before : Cue.After, anchor))
        {
            return null;
        }

        // Neighbours come from the same record: the table's rows, or the polls the text quotes.
        var sameRecord = _polls.Where(f => f.Poll!.GroupId is null && f.Poll.FromTable == anchor.Poll!.FromTable && f.Date?.Year is not null).ToList();
        var at = sameRecord.IndexOf(anchor);

        // Polls are ordered newest first: the one before is the next in the list.
        var index = before ? at + 1 : at - 1;
        if (index < 0 || index >= sameRecord.Count)
        {
            return composer.Decline(Intent, "No such poll in my sources",
                $"{char.ToUpperInvariant(PollName(anchor)[0])}{PollName(anchor)[1..]} is the {(before ? "earliest" : "latest")} poll in my sources; there is none {(before ? "before" : "after")} it.",
                question, composer.Sources([anchor], question));
        }

        return Single(sameRecord[index], question, $"The poll {(before ? "before" : "after")} {PollName(anchor)} in my sources");
    }

    // "Before the CISR/IRI poll of October 2017": the poll the neighbour is counted from comes after the word, its year with it.
    // "What did CEDEM find in October 2010, and after?" asks about the time after, not about one poll's neighbour.
    private static bool NamedAfter(Question question, Cue relation, Fact anchor)
    {
        var words = question.WordList;
        var year = anchor.Date!.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return question.Lexicon.Phrases(relation).Any(p => Enumerable.Range(0, Math.Max(0, words.Count - p.Length + 1))
            .Any(i => p.SequenceEqual(words.Skip(i).Take(p.Length)) && words.Skip(i + p.Length).Contains(year)));
    }

    // The one poll of the whole population the question names by pollster and date, or by its month and year.
    private Fact? AnchorPoll(Question question)
    {
        var pollsters = question.EntitiesOf(EntityType.Pollster).ToList();
        var datedToMonth = question.Years.Count == 1 && question.Months.Count == 1;
        if (pollsters.Count > 1 || question.Years.Count != 1 || question.Months.Count > 1 || (pollsters.Count == 0 && !datedToMonth))
        {
            return null;
        }

        var candidates = _polls.Where(f => f.Poll!.GroupId is null && f.Date?.Year == question.Years[0])
            .Where(f => pollsters.Count == 0 || f.Poll!.PollsterId == pollsters[0].Id)
            .Where(f => question.Months.Count == 0 || f.Date!.Month == question.Months[0])
            .ToList();
        if (candidates.Count > 1 && candidates.Any(f => f.Poll!.FromTable))
        {
            candidates = candidates.Where(f => f.Poll!.FromTable).ToList();
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }
}
