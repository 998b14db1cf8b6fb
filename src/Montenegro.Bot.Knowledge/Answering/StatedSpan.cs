using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// A span of time a source states for what a "how long" question asks about: "the prolonged debate over the past nine
/// months". What the sources say it lasted is a better answer than the time between two other dated events the question's
/// words happen to cover ("the 2016 election" and "the 2022 expulsions").
/// </summary>
internal static partial class StatedSpan
{
    private const int Searched = 24;

    /// <summary>
    /// The fact that states a span for what <paramref name="question"/> asks about, with the span as written; null when none
    /// does. <paramref name="ordering"/> are the terms that only place the span ("before the vote"), not what lasted.
    /// </summary>
    public static (Fact Fact, string Span)? Find(Question question, KnowledgeBase knowledge, IReadOnlySet<string> ordering)
    {
        var numbers = question.Lexicon.Words(Cue.NumberWord);
        // "How long did it take", "how long did it last": the words that ask for a span say nothing of what lasted.
        var spanWords = question.Lexicon.Words(Cue.SpanVerb).SelectMany(knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);
        var terms = question.ContentTerms.Where(t => !spanWords.Contains(t) && !ordering.Contains(t)).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        var candidates = knowledge.Index.SearchFacts(terms, Searched)
            .Select(h => knowledge.FactsById[h.Id])
            .Where(f => f.Poll is null)
            .Select(f => (Fact: f, Span: SpanIn(f.Statement, numbers) ?? SpanSince(f) ?? SpanFromStartToEnd(f.Statement, question.Lexicon), Length: LengthIn(f.Statement, numbers)))
            .Select(x => (x.Fact, Span: x.Span ?? x.Length, AsLength: x.Span is null, Score: Coverage.Of(question, terms, knowledge.Index.TermsOf(x.Fact.Id), knowledge.Index, knowledge.Index.ContextOf(x.Fact.Id))))
            .Where(x => x.Score >= FactStrategy.MinCoverage && StatesWhatIsAsked(question, x.Fact, knowledge))
            .ToList();
        // A span said of an event ("debated over the past nine months") before a length said of a thing.
        var best = candidates.Where(x => x.Span is not null).OrderBy(x => x.AsLength).ThenByDescending(x => x.Score).FirstOrDefault();
        if (best.Fact is null)
        {
            return null;
        }

        // "How long did the No to NATO campaign last?": a length said of a thing ("a two-year campaign" promoting accession)
        // names no event that lasted, only the thing, and another sentence that fits the question as well but states no span
        // ("the group launched the No to NATO! campaign") may be the one asked about: the length is then no answer.
        return best.AsLength && candidates.Any(x => x.Span is null && x.Score >= best.Score && !OfOneSentence(x.Fact, best.Fact)) ? null : (best.Fact, best.Span!);
    }

    // Two facts read from one sentence: a clause of it and the whole, or two clauses.
    private static bool OfOneSentence(Fact one, Fact other) =>
        one.PassageId == other.PassageId
        && one.Evidence.Any(e => other.Statement.Contains(e, StringComparison.Ordinal) || other.Evidence.Any(o => o.Contains(e, StringComparison.Ordinal) || e.Contains(o, StringComparison.Ordinal)));

    // A question whose words name an event ("debating", "the talks") is answered by a span of that event, not of another
    // one the same sentence states.
    private static bool StatesWhatIsAsked(Question question, Fact fact, KnowledgeBase knowledge) =>
        question.PredicateIds.Count == 0 || fact.Predicates.Count == 0 || FactStrategy.PredicateMatch(fact.Predicates, question, knowledge) > 0;

    // "over the past nine months", "for 25 years", "during the last two weeks": a number of units said as a span, not a
    // point ("two years later", "in 2017") nor an age.
    private static string? SpanIn(string statement, IReadOnlySet<string> numbers)
    {
        foreach (Match m in Span().Matches(statement))
        {
            var count = m.Groups["count"].Value;
            if (count.All(char.IsAsciiDigit) || numbers.Contains(count.ToLowerInvariant()))
            {
                return $"{count} {m.Groups["unit"].Value}";
            }
        }

        return null;
    }

    // "a two-year campaign", "a six-month mandate": the span said of a thing as its length, not as an age ("25-year-old").
    private static string? LengthIn(string statement, IReadOnlySet<string> numbers)
    {
        foreach (Match m in SpanAsLength().Matches(statement))
        {
            var count = m.Groups["count"].Value;
            if (count.All(char.IsAsciiDigit) || numbers.Contains(count.ToLowerInvariant()))
            {
                var one = count is "1" || count.Equals("one", StringComparison.OrdinalIgnoreCase);
                return $"{count} {m.Groups["unit"].Value}{(one ? string.Empty : "s")}";
            }
        }

        return null;
    }

    // "the DPS, in government since 1991" in a statement of the October 2016 election: the years from then to the event
    // the statement is dated by, said as that many years by its date.
    private static string? SpanSince(Fact fact)
    {
        if (fact.Date?.Year is not { } year)
        {
            return null;
        }

        var since = Since().Matches(fact.Statement).Select(m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)).Where(y => y < year).ToList();
        return since.Count == 1 ? $"about {year - since[0]} years by {fact.Date.Display} (since {since[0]})" : null;
    }

    // "Final accession talks began in February 2016, and concluded in May (2016)": a start and an end the statement dates,
    // the time between them as long as it lasted.
    private static string? SpanFromStartToEnd(string statement, Lexicon lexicon)
    {
        var dates = Extraction.DateRecognizer.Find(statement).Where(d => d.Date.Year is not null && d.Date.Month is not null).ToList();
        if (dates.Count != 2 || dates[0].Date.CompareTo(dates[1].Date) >= 0)
        {
            return null;
        }

        bool Said(Cue cue, int from, int to) =>
            EvidenceSentences.Has(EvidenceSentences.Words(statement[from..to]), cue, lexicon);

        return Said(Cue.SpanStart, 0, dates[0].Start) && Said(Cue.SpanEnd, dates[0].End, dates[1].Start)
            ? $"{EventPairStrategy.Between(dates[0].Date, dates[1].Date, EventPairStrategy.TimeUnit.Natural)}, from {dates[0].Date.Display} to {dates[1].Date.Display}"
            : null;
    }

    [GeneratedRegex(@"\b(?<count>\d{1,3}|[a-z]+)-(?<unit>day|week|month|year)(?:-long)?(?![-\w])", RegexOptions.IgnoreCase)]
    private static partial Regex SpanAsLength();

    [GeneratedRegex(@"\bsince\s+(?<year>1[89]\d\d|20\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    [GeneratedRegex(@"\b(?:for|over|during)\s+(?:the\s+)?(?:past|last|previous|first|nearly|almost|about|some|more\s+than|over)?\s*(?<count>\d{1,3}|[a-z]+)\s+(?<unit>days|weeks|months|years)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Span();
}
