using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Totals and differences of counts the sources state in one place: "how many MPs voted in total?" over "44 in favour, five
/// against and two abstentions" is answered "51 in all: 44 + 5 + 2.", "by how many votes did the resolution pass?" with
/// "A difference of 39: 44 − 5.", ahead of the cited text. Only counts one sentence links as counts of one kind (one list,
/// one noun, "six more") are worked with; with fewer than two of them the ordinary answer stands.
/// </summary>
internal static partial class Arithmetic
{
    // Words between two counts of one list besides those that join it ("44 votes in favour, five against"): with more, they
    // are separate statements ("40 soldiers to Afghanistan and bought two helicopters").
    private const int MaxListGap = 2;

    private enum Operation
    {
        Sum,
        Difference,
    }

    /// <summary>
    /// The answer with the total or difference <paramref name="question"/> asks for put first, or null when it asks for
    /// neither or the text gives no two counts of one kind to work it out from. <paramref name="ask"/> answers another
    /// wording: the question without its arithmetic words, or one end of a range ("the highest and the lowest").
    /// </summary>
    public static Answer? Apply(Question question, Answer answer, KnowledgeBase knowledge, Func<string, Answer> ask) =>
        Apply(question, question, answer, knowledge, ask);

    /// <summary>
    /// As <see cref="Apply(Question, Answer, KnowledgeBase, Func{string, Answer})"/> for a follow-up <paramref name="asked"/>
    /// that the engine took as <paramref name="question"/>: "how many is that in total?" asks for a total, whatever the
    /// question it leans on.
    /// </summary>
    public static Answer? Apply(Question asked, Question question, Answer answer, KnowledgeBase knowledge, Func<string, Answer> ask)
    {
        // "The biggest number of diplomats expelled in one go": the largest of the counts stated, not their sum.
        if (Extreme(question, answer, knowledge, ask) is { } extreme)
        {
            return extreme;
        }

        var total = question.Has(Cue.Total) || asked.Has(Cue.Total);
        var difference = question.Has(Cue.Difference) || asked.Has(Cue.Difference);
        if (total == difference)
        {
            // Neither asked (though "how many diplomats were expelled" over "five, then six more" adds up), or both: unclear.
            return !total && answer.Answered && question.Has(Cue.Count) ? Compute(question, answer, knowledge, Operation.Sum, implied: true) : null;
        }

        var operation = total ? Operation.Sum : Operation.Difference;
        if (operation == Operation.Difference && question.Has(Cue.Highest) && question.Has(Cue.Lowest))
        {
            return Extremes(question, ask);
        }

        if (answer.Answered && Compute(question, answer, knowledge, operation, implied: false) is { } computed)
        {
            return computed;
        }

        // "By how many votes did the yes side beat the no side?": the words for the arithmetic are no words of the sources,
        // and may be all that kept the counts from being found.
        // "How many more votes for than against": the "than" of a difference is no comparison of two events either.
        var arithmetic = question.Lexicon.Phrases(Cue.Total).Concat(question.Lexicon.Phrases(Cue.Difference))
            .Concat(operation == Operation.Difference ? question.Lexicon.Phrases(Cue.Compare).Where(p => p is ["than"]) : []);
        var plain = Without(question.Text, arithmetic);
        if (plain.Length == 0 || plain == Collapse(question.Text) || ask(plain) is not { Answered: true } again)
        {
            return null;
        }

        return Compute(question, again, knowledge, operation, implied: false);
    }

    private static Answer? Compute(Question question, Answer answer, KnowledgeBase knowledge, Operation operation, bool implied)
    {
        var percent = question.Has(Cue.Percentage);
        var (noun, whose) = CountedNoun(question, knowledge);
        if (implied && (noun is null || question.Months.Count > 0))
        {
            return null;
        }

        // A comparison or duration the engine wrote itself states no counts of the sources.
        if (answer.Kind == AnswerKind.Computed)
        {
            return null;
        }

        if (operation == Operation.Difference && PollsByDate(question, answer, knowledge) is { } polls)
        {
            return Compose(answer, operation, polls, percent: true);
        }

        // The text the answer gives, one statement a line; then, for a statement of "six more" alone, the excerpts it cites,
        // which hold the count it adds to.
        var lines = answer.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.TrimStart('•', ' '))
            .ToList();
        var leans = lines.Select(l => StatedCountReader.Read(l, knowledge).Where(c => c.IsPercent == percent).ToList())
            .Any(c => c.Count == 1 && c[0].Adds);
        var texts = lines.Concat(leans ? answer.Sources.Select(s => s.Excerpt) : []).Distinct(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var (_, sentence) in SentenceSplitter.Split(text))
            {
                var counts = StatedCountReader.Read(sentence, knowledge).Where(c => c.IsPercent == percent && Fits(c, whose, knowledge)).ToList();
                foreach (var group in Groups(counts, sentence, question.Lexicon))
                {
                    var operands = operation == Operation.Sum ? Addends(question, group, noun, implied, percent) : Pair(question, group, noun, percent, knowledge);
                    if (operands is { Count: >= 2 })
                    {
                        return Compose(answer, operation, operands.Select(c => c.Value).ToList(), percent);
                    }
                }
            }
        }

        return null;
    }

    // Runs of counts of one kind: each the same noun as the one before, or its noun left out ("five against"), or added to
    // it ("six more"), or the next item of a short list ("40 soldiers, a three-member team, and two officers").
    private static IEnumerable<List<(StatedCount Count, string? Noun)>> Groups(List<StatedCount> counts, string sentence, Lexicon lexicon)
    {
        var joiners = lexicon.Phrases(Cue.ListJoiner).Where(p => p.Length == 1).Select(p => p[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var group = new List<(StatedCount Count, string? Noun)>();
        foreach (var count in counts)
        {
            if (group.Count > 0)
            {
                var (last, lastNoun) = group[^1];
                var gap = sentence[Math.Min(last.End, count.Start)..count.Start];
                var gapWords = GapWord().Matches(gap).Select(m => m.Value).ToList();
                var listed = !gap.Any(char.IsDigit) && gapWords.Count(w => !joiners.Contains(w)) <= MaxListGap
                    && (gap.Contains(',', StringComparison.Ordinal) || gap.Contains(';', StringComparison.Ordinal) || gapWords.Any(joiners.Contains));
                var linked = count.Noun is null || count.Adds || count.Noun == lastNoun || listed;
                if (!linked)
                {
                    if (group.Count >= 2)
                    {
                        yield return group;
                    }

                    group = [];
                }
            }

            group.Add((count, count.Noun ?? (group.Count > 0 ? group[^1].Noun : null)));
        }

        if (group.Count >= 2)
        {
            yield return group;
        }
    }

    // The counts a word of the question picks out, each by a word only its own words have ("Albanians", "Serbs").
    private static List<StatedCount> PickedOut(Question question, List<StatedCount> candidates)
    {
        var picked = new List<StatedCount>();
        foreach (var term in question.ContentTerms)
        {
            var having = candidates.Where(c => question.Covers(term, c.Context)).ToList();
            if (having.Count == 1 && !picked.Contains(having[0]))
            {
                picked.Add(having[0]);
            }
        }

        return picked;
    }

    // What to add up: the counts of what the question counts ("how many diplomats"), or, when it counts by another word
    // ("how many MPs" over votes and abstentions), the whole list. One count of it is the answer itself, no sum.
    private static List<StatedCount>? Addends(Question question, List<(StatedCount Count, string? Noun)> group, string? noun, bool implied, bool percent)
    {
        var byNoun = group.Where(c => c.Noun is not null && c.Noun == noun).Select(c => c.Count).ToList();
        if (implied)
        {
            // Only where the text itself adds one to the other ("then six more").
            return byNoun.Count >= 2 && byNoun.Skip(1).Any(c => c.Adds) ? byNoun : null;
        }

        // Shares of one poll add up to about 100: only those the question names each ("undecided or against") are summed.
        if (percent)
        {
            var named = PickedOut(question, group.Select(c => c.Count).ToList());
            return named.Count >= 2 ? named : null;
        }

        if (byNoun.Count == 1)
        {
            // "How many soldiers, medical staff and officers": the counts the question names each. "How many soldiers": one.
            var named = group.Select(c => c.Count).Where(c => c.Phrase.Any(t => question.ContentTermSet.Contains(t) && t != noun) || byNoun.Contains(c)).ToList();
            return named.Count >= 2 ? named : null;
        }

        return byNoun.Count == 0 ? group.Select(c => c.Count).ToList() : byNoun;
    }

    // Which two counts to set against each other: the two of what the question counts ("by how many votes"), the two its own
    // words tell apart ("Albanians than Serbs"), the only two, or of a vote's list the two largest (its margin).
    private static List<StatedCount>? Pair(Question question, List<(StatedCount Count, string? Noun)> group, string? noun, bool percent, KnowledgeBase knowledge)
    {
        var byNoun = group.Where(c => c.Noun is not null && c.Noun == noun).Select(c => c.Count).ToList();
        if (byNoun.Count == 2)
        {
            return byNoun;
        }

        // Shares are only set against each other as the question tells them apart: "support" and "opposition", "Albanians"
        // and "Serbs"; a poll's for and against are no answer to how support changed between two polls.
        var candidates = byNoun.Count > 2 ? byNoun : group.Select(c => c.Count).ToList();
        if (candidates.Count == 2 && !percent)
        {
            return candidates;
        }

        // A question of support against opposition picks the count said to be for and the one said to be against.
        var picked = new List<StatedCount>();
        if (question.Has(Cue.Support) && question.Has(Cue.Opposition))
        {
            foreach (var cue in new[] { Cue.Support, Cue.Opposition })
            {
                var words = question.Lexicon.Phrases(cue).Where(p => p.Length == 1).SelectMany(p => knowledge.Analyzer.Terms(p[0])).ToHashSet(StringComparer.Ordinal);
                var having = candidates.Where(c => c.Context.Overlaps(words)).ToList();
                if (having.Count == 1 && !picked.Contains(having[0]))
                {
                    picked.Add(having[0]);
                }
            }

            if (picked.Count == 2)
            {
                return picked;
            }

            picked.Clear();
        }

        picked = PickedOut(question, candidates);
        if (picked.Count == 2)
        {
            return picked;
        }

        // Nothing (or one of the two) picked out: a vote's margin, between the two largest counts of its list.
        var largest = candidates.OrderByDescending(c => c.Value).Take(2).ToList();
        return !percent && (picked.Count == 0 || (picked.Count == 1 && largest.Contains(picked[0]))) ? largest : null;
    }

    // "By how many points did support rise between the December 2016 and June 2017 polls?": the two polls of the answer the
    // question dates, each by its month and year (and pollster, when named), their share for (or against).
    private static List<decimal>? PollsByDate(Question question, Answer answer, KnowledgeBase knowledge)
    {
        // The polls the answer states, or else those of the passages it cites (a list of polls cites one passage a poll).
        var cited = answer.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var polls = (answer.Facts.Count > 0 ? answer.Facts : knowledge.Facts.Where(f => cited.Contains(f.PassageId)))
            .Where(f => f.Poll is not null && f.Date?.Year is not null && f.Date.Month is not null).DistinctBy(f => f.Id).ToList();
        var dates = MonthYear().Matches(question.Text)
            .Select(m => (Month: Facts.FactDate.MonthOf(m.Groups["month"].Value), Year: int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)))
            .Where(d => d.Month is not null)
            .Distinct()
            .ToList();
        if (polls.Count < 2 || dates.Count != 2)
        {
            return null;
        }

        var pollsters = question.Entities.Where(m => m.Entity.Type == Entities.EntityType.Pollster).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        var against = question.Has(Cue.Opposition);
        var values = new List<decimal>();
        foreach (var (month, year) in dates)
        {
            var dated = polls.Where(f => f.Date!.Year == year && f.Date.Month == month && (pollsters.Count == 0 || pollsters.Contains(f.Poll!.PollsterId ?? string.Empty))).ToList();
            if (dated.Count != 1 || !decimal.TryParse(against ? dated[0].Poll!.Against : dated[0].Poll!.For, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    // "What's the gap between the highest and the lowest support?": each end asked on its own, the poll figure of each.
    private static Answer? Extremes(Question question, Func<string, Answer> ask)
    {
        var lexicon = question.Lexicon;
        var difference = lexicon.Phrases(Cue.Difference);
        var highest = ask(Without(question.Text, difference.Concat(lexicon.Phrases(Cue.Lowest))));
        var lowest = ask(Without(question.Text, difference.Concat(lexicon.Phrases(Cue.Highest))));
        var against = question.Has(Cue.Opposition);
        decimal? Figure(Answer a) => a.Answered && a.Facts.FirstOrDefault(f => f.Poll is not null)?.Poll is { } poll
            && decimal.TryParse(against ? poll.Against : poll.For, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
        if (Figure(highest) is not { } high || Figure(lowest) is not { } low || high == low)
        {
            return null;
        }

        static string Lead(string t) => t.Split("\n\n", 2)[0];
        var text = Lead(highest.Text) + "\n• " + Lead(lowest.Text);
        var both = new Answer(true, highest.Intent, highest.Title, "• " + text, [], highest.Sources.Concat(lowest.Sources).DistinctBy(s => s.Id).ToList(), [])
        {
            Facts = highest.Facts.Concat(lowest.Facts).ToList(),
        };
        return Compose(both, Operation.Difference, [high, low], percent: true);
    }

    private static Answer Compose(Answer answer, Operation operation, IReadOnlyList<decimal> values, bool percent)
    {
        string Show(decimal v) => v.ToString("0.##########", CultureInfo.InvariantCulture) + (percent ? "%" : string.Empty);
        string lead;
        AnswerField[] fields;
        if (operation == Operation.Sum)
        {
            var sum = values.Sum();
            var terms = string.Join(" + ", values.Select(Show));
            lead = $"{Show(sum)} in all: {terms}.";
            fields = [new AnswerField("Total", Show(sum)), new AnswerField("Sum of", terms)];
        }
        else
        {
            var (larger, smaller) = values[0] >= values[1] ? (values[0], values[1]) : (values[1], values[0]);
            var gap = (larger - smaller).ToString("0.##########", CultureInfo.InvariantCulture);
            var terms = $"{Show(larger)} − {Show(smaller)}";
            lead = percent ? $"A difference of {gap} percentage points: {terms}." : $"A difference of {gap}: {terms}.";
            fields = [new AnswerField("Difference", percent ? gap + " percentage points" : gap), new AnswerField("Difference of", terms)];
        }

        return answer with { Text = lead + " " + answer.Text, Fields = [.. fields, .. answer.Fields] };
    }

    // A count of someone else's than the question's ("Russian diplomats" where it asks about Montenegrin ones) is another thing.
    private static bool Fits(StatedCount count, IReadOnlySet<string> whose, KnowledgeBase knowledge)
    {
        if (whose.Count == 0 || count.Qualifier is null)
        {
            return true;
        }

        var named = knowledge.Recognizer.Recognize(count.Qualifier).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        return named.Count == 0 || named.Overlaps(whose);
    }

    // The word after "how many" for what the question counts ("how many Russian diplomats": "diplomat"), skipping names,
    // "more" and the question's own framing ("Montenegrin"); none when a verb comes first ("by how many points did"). With
    // it, whose they are: the entities the skipped words name ("Russian").
    private static (string? Noun, IReadOnlySet<string> Whose) CountedNoun(Question question, KnowledgeBase knowledge)
    {
        var (noun, skipped) = NounAfterHowMany(question, knowledge);
        var whose = skipped.Count == 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : knowledge.Recognizer.Recognize(string.Join(' ', skipped)).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        return (noun, whose);
    }

    private static (string? Noun, List<string> Skipped) NounAfterHowMany(Question question, KnowledgeBase knowledge)
    {
        var words = question.WordList;
        var lexicon = question.Lexicon;
        var skipped = new List<string>();
        // Where the words that ask for a number end: "how many", "number of".
        var asking = lexicon.Phrases(Cue.Count).Concat(lexicon.Phrases(Cue.HowMuch)).Where(p => p.Length > 1).ToList();
        var at = Enumerable.Range(0, words.Count)
            .SelectMany(i => asking.Where(p => i + p.Length <= words.Count && p.SequenceEqual(words.Skip(i).Take(p.Length))).Select(p => i + p.Length))
            .DefaultIfEmpty(-1)
            .First();
        if (at < 0)
        {
            return (null, skipped);
        }

        var skip = lexicon.Phrases(Cue.Additional).Concat(lexicon.Phrases(Cue.Percentage)).Where(p => p.Length == 1).Select(p => p[0])
            .Concat(question.Entities.SelectMany(m => m.Text.ToLowerInvariant().Split(' ')))
            .ToHashSet(StringComparer.Ordinal);
        var auxiliaries = lexicon.Words(Cue.YesNo);
        foreach (var word in words.Skip(at).Take(4))
        {
            if (auxiliaries.Contains(word))
            {
                return (null, skipped);
            }

            var terms = knowledge.Analyzer.Terms(word);
            if (skip.Contains(word) || terms.Count == 0 || terms.All(knowledge.FramingTerms.Contains))
            {
                skipped.Add(word);
                continue;
            }

            return (terms[0], skipped);
        }

        return (null, skipped);
    }

    // The question without the words of <paramref name="phrases"/>, spaced as before.
    private static string Without(string text, IEnumerable<string[]> phrases)
    {
        foreach (var phrase in phrases.Where(p => p.All(w => w.All(char.IsLetterOrDigit))).OrderByDescending(p => p.Length))
        {
            var pattern = @"\b" + string.Join(@"\W+", phrase.Select(Regex.Escape)) + @"\b";
            text = Regex.Replace(text, pattern, " ", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        }

        return Collapse(text);
    }

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\b(?<month>[A-Za-z]{3,9})\.?\s+(?<year>(?:19|20)[0-9]{2})\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex GapWord();
}
