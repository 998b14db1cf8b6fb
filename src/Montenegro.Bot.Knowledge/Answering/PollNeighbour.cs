using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "The poll just before the CISR/IRI poll of October 2017", "the one after the Ipsos poll of Feb 2016": the neighbour, in date
/// order, of the one poll the question names. "The CEDEM poll before the CISR/IRI poll of October 2017": the nearest poll of the
/// pollster named before the relation word, on that side of the poll named after it.
/// </summary>
internal sealed partial class PollStrategy
{
    // The poll before or after the one the question names, or null when it asks for no neighbour or names no single poll.
    private Answer? Neighbour(Question question)
    {
        // "Did support go up or down (after the CEDEM poll of June 2017)?" asks for a change, not for one poll.
        var before = question.Has(Cue.Before);
        if (before == question.Has(Cue.After) || question.Has(Cue.Trend) || question.Has(Cue.YearAfter) || question.Has(Cue.YearBefore)
            || SoughtAndAnchor(question, before) is not ({ } anchor, var sought) || !NamedAfter(question, before ? Cue.Before : Cue.After, anchor))
        {
            return null;
        }

        // Neighbours come from the same record: the table's rows, or the polls the text quotes.
        var sameRecord = _polls.Where(f => f.Poll!.GroupId is null && f.Poll.FromTable == anchor.Poll!.FromTable && f.Date?.Year is not null).ToList();
        var at = sameRecord.IndexOf(anchor);

        // Polls are ordered newest first: the ones before come after it in the list, the nearest first.
        var side = before ? sameRecord.Skip(at + 1) : sameRecord.Take(at).Reverse();
        var relation = before ? "before" : "after";
        // A pollster the anchor's record never quotes on that side may have polls in the other ("the CEDEM one before the Ipsos
        // poll of March 2014", which the text quotes and the table does not): the nearest of all, by date, before a decline.
        if ((side.FirstOrDefault(f => sought is null || f.Poll!.PollsterId == sought.Id) ?? NearestOfAll(anchor, sought, before)) is not { } found)
        {
            var none = sought is null
                ? $"{char.ToUpperInvariant(PollName(anchor)[0])}{PollName(anchor)[1..]} is the {(before ? "earliest" : "latest")} poll in my sources; there is none {relation} it."
                : $"My sources have no {sought.Name} poll {relation} {PollName(anchor)}.";
            return composer.Decline(Intent, "No such poll in my sources", none, question, composer.Sources([anchor], question));
        }

        var lead = sought is null ? $"The poll {relation} {PollName(anchor)} in my sources" : $"The nearest {sought.Name} poll {relation} {PollName(anchor)} in my sources";
        return DetailNotHeld([found], question) ?? Single(found, question, lead);
    }

    // The nearest poll of the sought pollster on that side of the anchor's date, from any record; null when none is sought.
    private Fact? NearestOfAll(Fact anchor, Entity? sought, bool before)
    {
        if (sought is null)
        {
            return null;
        }

        var side = _polls.Where(f => f.Poll!.GroupId is null && f.Poll.PollsterId == sought.Id && f.Date?.Year is not null)
            .Where(f => before ? f.Date!.CompareTo(anchor.Date) < 0 : f.Date!.CompareTo(anchor.Date) > 0);
        return before ? side.FirstOrDefault() : side.LastOrDefault();
    }

    // The poll named after the relation word, and the pollster whose poll is sought when another is named before the word
    // ("the CEDEM one before the CISR/IRI poll of October 2017"); null for the pollster when the question names one or none.
    private (Fact? Anchor, Entity? Sought) SoughtAndAnchor(Question question, bool before)
    {
        // Punctuation as spaces, as a mention's words are ("CISR IRI" for "CISR/IRI"); each character keeps its place.
        var text = new string(question.Text.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray());
        var at = question.Lexicon.Phrases(before ? Cue.Before : Cue.After).Select(p => text.IndexOf(string.Join(' ', p), StringComparison.OrdinalIgnoreCase))
            .Where(i => i >= 0).DefaultIfEmpty(-1).Min();

        // Where each pollster is first named ("CISR/IRI" may be found as "CISR" and "IRI" too), and where last.
        var named = question.Entities.Where(m => m.Entity.Type == EntityType.Pollster)
            .Select(m => (m.Entity, At: text.IndexOf(m.Text, StringComparison.OrdinalIgnoreCase), End: text.LastIndexOf(m.Text, StringComparison.OrdinalIgnoreCase)))
            .Where(m => m.At >= 0).GroupBy(m => m.Entity.Id).Select(g => (g.First().Entity, At: g.Min(m => m.At), End: g.Max(m => m.End))).ToList();
        if (at < 0 || named.Count == 0 || named.Count > 2)
        {
            return (AnchorPoll(question), null);
        }

        // Which one comes after the relation word tells the anchor's pollster from the sought one's; one pollster named on both
        // sides ("the CEDEM one after the CEDEM poll of Nov 2015") is sought and anchor at once.
        var sought = named.FirstOrDefault(m => m.At < at).Entity;
        var anchor = named.FirstOrDefault(m => m.End > at).Entity;
        return sought is null || anchor is null ? (AnchorPoll(question), null) : (AnchorPoll(question, anchor), sought);
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
    private Fact? AnchorPoll(Question question, Entity? pollster = null)
    {
        var pollsters = pollster is not null ? [pollster] : question.EntitiesOf(EntityType.Pollster).ToList();
        var datedToMonth = question.Years.Count == 1 && question.Months.Count == 1;
        // A poll by a named pollster may span two months ("28 May–5 Jun 2016"); without a pollster one month must name it.
        if (pollsters.Count > 1 || question.Years.Count != 1 || (question.Months.Count > 1 && pollsters.Count == 0) || (pollsters.Count == 0 && !datedToMonth))
        {
            return null;
        }

        var candidates = _polls.Where(f => f.Poll!.GroupId is null && f.Date?.Year == question.Years[0])
            .Where(f => pollsters.Count == 0 || f.Poll!.PollsterId == pollsters[0].Id)
            .Where(f => question.Months.Count == 0 || question.Months.Contains(f.Date!.Month ?? 0))
            .ToList();
        if (candidates.Count > 1 && candidates.Any(f => f.Poll!.FromTable))
        {
            candidates = candidates.Where(f => f.Poll!.FromTable).ToList();
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }
}
