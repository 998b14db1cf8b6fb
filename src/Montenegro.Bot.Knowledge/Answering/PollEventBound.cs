using System.Globalization;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Which polls were done before the 2016 election?", "polls since Montenegro joined NATO", "after June 2016": the polls on one
/// side of a dated event the question names, or of a month, not the polls of the year the event's name carries.
/// </summary>
internal sealed partial class PollStrategy
{
    // How many dated events the search looks through for the one the bound names.
    private const int BoundCandidates = 48;

    /// <summary>A side of a date the question bounds its polls by.</summary>
    /// <param name="Date">The event's date, or the month named.</param>
    /// <param name="Side">-1 for the polls before it, +1 for those after.</param>
    /// <param name="Description">"before the 2016 election (October 2016)".</param>
    /// <param name="Phrase">The words that name the bound, whose years and months are the bound's and no filter of their own.</param>
    private sealed record DateBound(FactDate Date, int Side, string Description, Question Phrase)
    {
        // Month by month: a poll of the event's own month may lie on either side of it.
        public bool Holds(FactDate? date) =>
            date is { Year: { } year, Month: { } month } && Math.Sign((year * 12 + month).CompareTo(Date.Year!.Value * 12 + Date.Month!.Value)) == Side;
    }

    // The bound of a relation word ("before", "after", "since") followed by a dated event or a month; null when the words after
    // it name a year alone (a year bound), a poll or a pollster (a poll's neighbour), or nothing the sources date to a month.
    private DateBound? EventBound(Question question)
    {
        if (question.Knowledge is not { } knowledge)
        {
            return null;
        }

        var words = question.WordList;
        var lexicon = question.Lexicon;

        // The first word or phrase of either side ("before", "ahead of", "since") and where it ends.
        var relations = lexicon.Phrases(Cue.Before).Select(p => (Phrase: p, Side: -1)).Concat(lexicon.Phrases(Cue.After).Select(p => (Phrase: p, Side: 1)))
            .Append((Phrase: new[] { "since" }, Side: 1)).ToList();
        var found = Enumerable.Range(0, words.Count)
            .SelectMany(i => relations.Where(r => r.Phrase.SequenceEqual(words.Skip(i).Take(r.Phrase.Length))).Select(r => (At: i, r.Phrase, r.Side)))
            .OrderBy(r => r.At).ThenByDescending(r => r.Phrase.Length).FirstOrDefault();
        if (found.Phrase is null)
        {
            return null;
        }

        var (relation, side) = (string.Join(' ', found.Phrase), found.Side);
        var at = found.At + found.Phrase.Length - 1;
        if (at + 1 >= words.Count || words[at + 1].Length == 4 && words[at + 1].All(char.IsAsciiDigit))
        {
            return null;
        }

        var phraseText = string.Join(' ', words.Skip(at + 1));
        var phrase = Question.Parse(phraseText, knowledge);
        if (phrase.HasTerm("poll") || phrase.EntitiesOf(EntityType.Pollster).Any() || phrase.Has(Cue.ThingPronoun) && phrase.ContentTerms.Count == 0)
        {
            return null;
        }

        var description = $"{relation} {phraseText}";

        // "After June 2016": a month and its year, and nothing else, bound by that month.
        var yearWords = phrase.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        var terms = phrase.ContentTerms.Where(t => !yearWords.Contains(t) && FactDate.MonthOf(t) is null).ToList();
        if (terms.Count == 0)
        {
            return phrase.Years.Count == 1 && phrase.Months.Count == 1
                ? new DateBound(new FactDate(string.Empty, phrase.Years[0], phrase.Months[0], null), side, description, phrase)
                : null;
        }

        // The dated event whose words are all the phrase's, of the year it names; a phrase that runs on into the rest of the
        // question ("the 2016 election showed a majority") names its event in its first words.
        var events = knowledge.Index.SearchFacts(terms, BoundCandidates).Select(h => knowledge.FactsById[h.Id])
            .Where(f => f.Poll is null && f.Topic != "ratification" && f.Date is { Year: not null, Month: not null })
            .Where(f => phrase.Years.Count == 0 || phrase.Years.Contains(f.Date!.Year!.Value))
            // "Before Montenegro joined NATO": an event of the deed the phrase names (accession) before one that only uses its
            // words ("invited to join").
            .OrderByDescending(f => f.Predicates.Any(phrase.PredicateIds.Contains))
            .ToList();
        for (var count = terms.Count; count > 0; count--)
        {
            var named = terms.Take(count).ToList();
            if (events.FirstOrDefault(f => knowledge.Index.TermsOf(f.Id) is var held && named.All(held.Contains)) is { } known)
            {
                // The words that name the event, up to the last that gives one of its terms or its year: "before the 2016
                // election", not the rest of the question after it.
                var phraseWords = words.Skip(at + 1).ToList();
                var last = phraseWords.FindLastIndex(w => yearWords.Contains(w) || knowledge.Analyzer.Terms(w).Any(named.Contains));
                var naming = last < 0 ? phraseText : string.Join(' ', phraseWords.Take(last + 1));
                return new DateBound(known.Date!, side, $"{relation} {naming} ({known.Date!.Display})", phrase);
            }
        }

        return null;
    }
}
