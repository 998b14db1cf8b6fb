using System.Collections;
using System.Text;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// A corpus of any size made from the real sources: each passage recombines sentences drawn from the real
/// passages (as many as a real passage has) under a real heading, with the entities swapped. Countries become
/// other countries (and their demonyms), years, months and small numbers other ones, and names (capitalised
/// words the sources never write in lower case, such as people and places) become generated names, so that
/// the vocabulary keeps growing with the corpus as a real one does. Generated lazily and deterministically:
/// every enumeration yields the same passages, and nothing is held in memory.
/// </summary>
internal sealed partial class SyntheticCorpus : IEnumerable<IndexedDocument>
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // Syllables of the generated names; drawn with a skew so that some names are common and most are rare.
    private static readonly string[] Syllables =
    [
        "ko", "va", "mi", "ra", "lo", "ne", "vi", "to", "sa", "de", "bo", "ja", "li", "ma", "no", "ze", "pe", "du",
        "go", "sla", "dra", "vu", "ni", "če", "šo", "ri", "ka", "ta", "bre", "jo",
    ];

    private static readonly string[] NameEndings = ["vić", "nović", "ević", "ov", "ski", "enko", "ian", "sen", "ani", "ez"];

    private readonly List<Segment[]> _sentences = [];
    private readonly List<Segment[]> _headings = [];
    private readonly List<int> _sentenceCounts = [];
    private readonly string[] _countries;
    private readonly string[] _demonyms;
    private readonly Regex _questionSlots;
    private readonly int _seed;

    public SyntheticCorpus(KnowledgeBase real, int size, int seed = 8)
    {
        Size = size;
        _seed = seed;
        var countries = real.Entities.Where(e => e.Type == EntityType.Country && e.Id != "montenegro").ToList();
        _countries = countries.Select(e => e.Name).ToArray();
        _demonyms = countries.SelectMany(e => e.Aliases.Take(1)).Where(a => a.Length > 3).ToArray();
        var names = string.Join('|', _countries.OrderByDescending(c => c.Length).Select(Regex.Escape));
        _questionSlots = new Regex($@"\b(?<country>{names})\b|\b(?<year>(?:19[5-9]|20[0-4])\d)\b", RegexOptions.CultureInvariant);

        var passages = real.Passages.Where(p => p.IsAnswerable).ToList();
        var lowerCaseWords = passages.SelectMany(p => Word().Matches(p.Text)).Select(m => m.Value).Where(w => char.IsLower(w[0])).ToHashSet(StringComparer.Ordinal);
        var keptWords = real.Entities.SelectMany(e => e.AllNames).Append("Montenegro").Append("Montenegrin")
            .Concat(DomainSynonyms.Phrases.SelectMany(g => g.Value)).Concat(DomainSynonyms.Acronyms.SelectMany(g => g.Value))
            .SelectMany(n => Word().Matches(n)).Select(m => m.Value.ToLowerInvariant())
            .Concat(MonthNames.Select(m => m.ToLowerInvariant()))
            .ToHashSet(StringComparer.Ordinal);
        var slots = SlotPattern(countries);
        bool IsName(string word) =>
            word.Length >= 4 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower)
            && !lowerCaseWords.Contains(word.ToLowerInvariant()) && !keptWords.Contains(word.ToLowerInvariant());

        foreach (var passage in passages)
        {
            var sentences = SentenceSplitter.Split(passage.Text);
            _sentenceCounts.Add(Math.Max(1, sentences.Count));
            _sentences.AddRange(sentences.Select(s => Template(s.Sentence, slots, IsName)));
            _headings.Add(Template(string.Join(" ", passage.HeadingPath), slots, IsName));
        }
    }

    private enum Slot
    {
        Text,
        Country,
        Demonym,
        Month,
        Year,
        Number,
        Name,
    }

    /// <summary>The number of passages.</summary>
    public int Size { get; }

    /// <summary>How many words of the real sentences become slots, by kind (for the report).</summary>
    public string SlotSummary =>
        string.Join(", ", _sentences.SelectMany(s => s).Where(s => s.Slot != Slot.Text).GroupBy(s => s.Slot).Select(g => $"{g.Key.ToString().ToLowerInvariant()} {g.Count()}"))
        + $" in {_sentences.Count} sentences";

    public IEnumerator<IndexedDocument> GetEnumerator()
    {
        var random = new Random(_seed);
        var text = new StringBuilder(1024);
        for (var i = 0; i < Size; i++)
        {
            text.Clear();
            var sentences = _sentenceCounts[random.Next(_sentenceCounts.Count)];
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                Fill(text, _sentences[random.Next(_sentences.Count)], random);
            }

            var body = text.ToString();
            text.Clear();
            Fill(text, _headings[random.Next(_headings.Count)], random);
            yield return new IndexedDocument($"synthetic/{i}", IndexedDocumentKind.Passage, body, text.ToString());
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary><paramref name="question"/> with its countries and years swapped the same way the passages' are.</summary>
    public string Rewrite(string question, Random random) =>
        _questionSlots.Replace(question, m => m.Groups["country"].Success ? Pick(_countries, random) : random.Next(1990, 2031).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Regex SlotPattern(IEnumerable<Entity> countries)
    {
        var list = countries.ToList();
        string Alternation(IEnumerable<string> names) => string.Join('|', names.Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).Select(Regex.Escape));
        return new Regex(
            $@"\b(?<country>{Alternation(list.Select(c => c.Name))})\b" +
            $@"|\b(?<demonym>{Alternation(list.SelectMany(c => c.Aliases))})\b" +
            $@"|\b(?<month>{string.Join('|', MonthNames)})\b" +
            @"|\b(?<year>(?:19[5-9]|20[0-4])\d)\b" +
            @"|\b(?<number>[1-9]\d?)\b",
            RegexOptions.CultureInvariant);
    }

    private static Segment[] Template(string sentence, Regex slots, Func<string, bool> isName)
    {
        var segments = new List<Segment>();
        var at = 0;
        foreach (Match match in slots.Matches(sentence))
        {
            AddText(sentence[at..match.Index]);
            var slot = match.Groups["country"].Success ? Slot.Country
                : match.Groups["demonym"].Success ? Slot.Demonym
                : match.Groups["month"].Success ? Slot.Month
                : match.Groups["year"].Success ? Slot.Year
                : Slot.Number;
            segments.Add(new Segment(slot, match.Value));
            at = match.Index + match.Length;
        }

        AddText(sentence[at..]);
        return segments.ToArray();

        // Names are found in the text between the other slots, word by word; a word that starts the sentence,
        // a table cell or a label ("Undecided:", "Polling Firm/...") is not taken for one.
        void AddText(string text)
        {
            var from = 0;
            foreach (Match word in Word().Matches(text))
            {
                var before = text.AsSpan(0, word.Index).TrimEnd();
                var after = text.AsSpan(word.Index + word.Length);
                var startsSomething = segments.Count == 0 && before.IsEmpty || (!before.IsEmpty && before[^1] is '.' or ';' or ':' or '/');
                var labels = !after.IsEmpty && after[0] is ':' or '/';
                if (!startsSomething && !labels && isName(word.Value))
                {
                    segments.Add(new Segment(Slot.Text, text[from..word.Index]));
                    segments.Add(new Segment(Slot.Name, word.Value));
                    from = word.Index + word.Length;
                }
            }

            segments.Add(new Segment(Slot.Text, text[from..]));
        }
    }

    private void Fill(StringBuilder text, Segment[] template, Random random)
    {
        foreach (var segment in template)
        {
            switch (segment.Slot)
            {
                case Slot.Text:
                    text.Append(segment.Text);
                    break;
                case Slot.Country:
                    text.Append(Pick(_countries, random));
                    break;
                case Slot.Demonym:
                    text.Append(Pick(_demonyms, random));
                    break;
                case Slot.Month:
                    text.Append(Pick(MonthNames, random));
                    break;
                case Slot.Year:
                    text.Append(random.Next(1990, 2031));
                    break;
                case Slot.Number:
                    text.Append(random.Next(1, 32));
                    break;
                case Slot.Name:
                    AppendName(text, random);
                    break;
            }
        }
    }

    // A capitalised name of 1-3 syllables and an ending: about 30^3 x 10 of them, the short ones far more common.
    private static void AppendName(StringBuilder text, Random random)
    {
        var start = text.Length;
        var syllables = 1 + (int)(3 * random.NextDouble() * random.NextDouble());
        for (var i = 0; i < syllables; i++)
        {
            text.Append(Syllables[(int)(Syllables.Length * random.NextDouble() * random.NextDouble())]);
        }

        text.Append(NameEndings[random.Next(NameEndings.Length)]);
        text[start] = char.ToUpperInvariant(text[start]);
    }

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    private readonly record struct Segment(Slot Slot, string Text);
}
