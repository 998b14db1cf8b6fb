using System.Globalization;
using Montenegro.Bot.Knowledge.Extraction;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "What happened on 24 October 2015?", "what took place in June 2017?": answered from what the sources date to that day
/// or month, the exact day before a statement dated only to its month or year, and among those the statement that also
/// shares the question's other words (a place, a topic). A statement of another day is never passed off as that day's:
/// when the sources date nothing to it, the answer says so.
/// </summary>
internal sealed class DatedEventStrategy(AnswerComposer composer) : IAnswerStrategy
{
    // At most this many statements of the same date are given.
    private const int MaxStatements = 3;

    private static readonly Cue[] RelativeCues = [Cue.Before, Cue.After, Cue.YearAfter, Cue.YearBefore];

    private readonly Lazy<Dated[]> _dated = new(() => DatedStatements(composer.Knowledge));
    private readonly Lazy<HashSet<string>> _dateTerms = new(() => DateTerms(composer.Knowledge));

    /// <summary>Every statement the sources date: the facts with a date, and each dated sentence of a passage.</summary>
    internal IReadOnlyList<Dated> Statements => _dated.Value;

    public Answer? TryAnswer(Question question)
    {
        // "What happened after 5 June 2017?" asks about another time than the date it names.
        if (!question.Has(Cue.DatedEvent) || RelativeCues.Any(question.Has) || Asked(question) is not { } asked)
        {
            return null;
        }

        var others = question.ContentTerms.Where(t => !_dateTerms.Value.Contains(t) && !t.All(char.IsAsciiDigit)).ToHashSet(StringComparer.Ordinal);
        var ranked = _dated.Value
            .Select(d => (Dated: d, Tier: Tier(asked, d.Date), Score: d.Terms.Count(others.Contains)))
            .Where(c => c.Tier is 0 or 1 || (c.Tier > 1 && c.Score > 0))
            .OrderBy(c => c.Tier)
            .ThenByDescending(c => c.Score)
            .ThenBy(c => c.Dated.IsTableRow)
            .ThenBy(c => c.Dated.Fact is null)
            .ToList();
        if (ranked.Count == 0)
        {
            return composer.Decline("decline", "Nothing on that date",
                $"My sources mention nothing on {Spoken(asked)}, so I cannot say what happened then.", question);
        }

        var (tier, score) = (ranked[0].Tier, ranked[0].Score);
        var chosen = ranked
            .TakeWhile(c => c.Tier == tier && c.Score == score && c.Dated.IsTableRow == ranked[0].Dated.IsTableRow)
            .GroupBy(c => c.Dated.PassageId, StringComparer.Ordinal)
            .Select(g => g.First().Dated)
            .Take(MaxStatements)
            .ToList();
        var lead = tier == 0 ? null : $"My sources date nothing to {Spoken(asked)} itself; they date this to {chosen[0].Date.Display}:";
        if (chosen.All(c => c.Fact is not null))
        {
            return composer.FromFacts("event", $"Events of {Spoken(asked)}", chosen.Select(c => c.Fact!).ToList(), question, lead);
        }

        var statements = chosen.Select(c => c.Text).ToList();
        var body = statements.Count == 1 ? statements[0] : string.Join("\n", statements.Select(s => "• " + s));
        var text = lead is null ? body : $"{lead}\n{body}";
        var sources = chosen.Select(c => c.PassageId).Distinct(StringComparer.Ordinal).Select(id => composer.Source(id, question)).ToList();
        IReadOnlyList<AnswerField> fields = [new AnswerField("Date", chosen[0].Date.Iso.Length == 0 ? chosen[0].Date.Text : $"{chosen[0].Date.Text} ({chosen[0].Date.Iso})")];
        return new Answer(true, "event", $"Events of {Spoken(asked)}", text, fields, sources, []);
    }

    // The one date the question asks about, to the day or the month; none when it names no date or several. Read from its
    // words: "24 oct 2015", "the 16 of october 2016", "august 28 2006".
    internal static FactDate? Asked(Question question)
    {
        var years = question.Years.Distinct().ToList();
        if (years.Count > 1)
        {
            return null;
        }

        int? year = years.Count == 1 ? years[0] : null;
        var words = question.WordList;
        var found = new List<(int Month, int? Day)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length < 3 || FactDate.MonthOf(words[i]) is not { } month)
            {
                continue;
            }

            var day = DayAt(words, i + 1) ?? DayAt(words, i - 1) ?? (i >= 2 && words[i - 1] == "of" ? DayAt(words, i - 2) : null);
            // "may" the verb names no month: the month has a day or a year by it.
            if (words[i] == "may" && day is null && (i + 1 >= words.Count || !words[i + 1].All(char.IsAsciiDigit)))
            {
                continue;
            }

            found.Add((month, day));
        }

        if (found.Distinct().Count() != 1)
        {
            return null;
        }

        var (m, d) = found[0];
        return d is null && year is null ? null : new FactDate(string.Empty, year, m, d);
    }

    // A day of the month written in digits, with or without its ordinal ending ("28", "28th").
    private static int? DayAt(IReadOnlyList<string> words, int index)
    {
        if (index < 0 || index >= words.Count)
        {
            return null;
        }

        var word = words[index];
        var digits = word.Length > 2 && word[^2..] is "st" or "nd" or "rd" or "th" ? word[..^2] : word;
        return digits.Length is 1 or 2 && digits.All(char.IsAsciiDigit) && int.Parse(digits, CultureInfo.InvariantCulture) is var day and >= 1 and <= 31 ? day : null;
    }

    // 0 for the date asked about; 1 and 2 for a statement dated only to its month or year (compatible, less precise, and
    // said to be so; one dated only to the year must also share the question's other words); -1 for another date.
    internal static int Tier(FactDate asked, FactDate? date)
    {
        if (date is null || date.Month is null && date.Year is null)
        {
            return -1;
        }

        var yearFits = asked.Year is null || date.Year == asked.Year;
        if (!yearFits)
        {
            return -1;
        }

        if (date.Month == asked.Month)
        {
            return asked.Day is null || date.Day == asked.Day ? 0 : date.Day is null ? 1 : -1;
        }

        return date.Month is null && asked.Year is not null ? 2 : -1;
    }

    internal static string Spoken(FactDate asked)
    {
        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(asked.Month ?? 1);
        var day = asked.Day is { } d ? $"{d} " : string.Empty;
        var year = asked.Year is { } y ? $" {y}" : string.Empty;
        return day + month + year;
    }

    // Every dated statement: the facts, and each sentence of a passage with the dates it names (years filled in from context).
    private static Dated[] DatedStatements(KnowledgeBase knowledge)
    {
        var dated = new List<Dated>();
        foreach (var fact in knowledge.Facts)
        {
            if (fact.Date is { } date)
            {
                var tableRow = knowledge.PassagesById.TryGetValue(fact.PassageId, out var source) && source.Kind == PassageKind.TableRow;
                dated.Add(new Dated(fact.Statement, date, fact.PassageId, fact, knowledge.Analyzer.Terms(fact.Statement).ToHashSet(StringComparer.Ordinal), tableRow));
            }
        }

        foreach (var passage in knowledge.Passages.Where(p => p.IsAnswerable))
        {
            var mentions = DateRecognizer.Find(passage.Text);
            if (mentions.Count == 0)
            {
                continue;
            }

            foreach (var (offset, sentence) in FactExtractor.Sentences(passage.Text))
            {
                var end = offset + sentence.Length;
                var terms = new Lazy<HashSet<string>>(() => knowledge.Analyzer.Terms(sentence).ToHashSet(StringComparer.Ordinal));
                foreach (var mention in mentions.Where(m => m.Start >= offset && m.Start < end).DistinctBy(m => m.Date.Iso))
                {
                    dated.Add(new Dated(sentence.Trim(), mention.Date, passage.Id, null, terms.Value, passage.Kind == PassageKind.TableRow));
                }
            }
        }

        return [.. dated];
    }

    // Month names as the analyzer reads them: they say when, not what.
    private static HashSet<string> DateTerms(KnowledgeBase knowledge)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames);
        var cue = knowledge.Lexicon.Phrases(Cue.DatedEvent).SelectMany(p => p);
        return knowledge.Analyzer.Terms(string.Join(' ', names.Concat(cue))).ToHashSet(StringComparer.Ordinal);
    }

    // A statement the sources date, with the terms it is matched on; a table row is a bare record, given after prose that says the same.
    internal sealed record Dated(string Text, FactDate Date, string PassageId, Fact? Fact, HashSet<string> Terms, bool IsTableRow);
}
