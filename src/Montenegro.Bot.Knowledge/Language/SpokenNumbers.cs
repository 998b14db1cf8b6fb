using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// Reads numbers a question spells out, as speech-to-text writes them, in digits: "twenty fourteen" is 2014, "two thousand
/// and ten" 2010, "forty four" 44, and "August twenty eighth" August 28. A lone small number word ("one of the parties",
/// "six senators") and an ordinal that is not a day of a named month ("the first poll", "a second time") stay words. The
/// number words and their values come from the lexicon's <c>spoken…</c> cues.
/// </summary>
public sealed partial class SpokenNumbers
{
    // Years are said in two halves from these hundreds ("nineteen ninety nine", "twenty fourteen").
    private const int FirstCentury = 18;
    private const int LastCentury = 20;

    // A lone number word below this is more often a word than a figure ("one of", "two countries").
    private const int LoneWordFigure = 11;

    private readonly Dictionary<string, int> _cardinals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _scales = new(StringComparer.Ordinal);
    private readonly HashSet<string> _zeros = new(StringComparer.Ordinal);
    private readonly HashSet<string> _joins = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dayBefore = new(StringComparer.Ordinal);
    private readonly HashSet<string> _monthBefore = new(StringComparer.Ordinal);

    /// <summary>Reads number words with the values <paramref name="lexicon"/> gives them.</summary>
    public SpokenNumbers(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Fill(_cardinals, lexicon.Phrases(Cue.SpokenNumber));
        Fill(_ordinals, lexicon.Phrases(Cue.SpokenOrdinal));
        Fill(_scales, lexicon.Phrases(Cue.SpokenScale));
        _zeros.UnionWith(lexicon.Phrases(Cue.SpokenYearZero).Where(p => p.Length == 1).Select(p => p[0]));
        _joins.UnionWith(lexicon.Phrases(Cue.SpokenNumberJoin).Where(p => p.Length == 1).Select(p => p[0]));
        _dayBefore.UnionWith(lexicon.Phrases(Cue.SpokenDayBefore).Where(p => p.Length == 1).Select(p => p[0]));
        _monthBefore.UnionWith(lexicon.Phrases(Cue.SpokenMonthBefore).Where(p => p.Length == 1).Select(p => p[0]));
    }

    private static void Fill(Dictionary<string, int> values, IReadOnlyList<string[]> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Length == 2 && int.TryParse(phrase[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                values[phrase[0]] = value;
            }
        }
    }

    /// <summary><paramref name="text"/> with its spelt-out numbers in digits; the same instance when it has none.</summary>
    public string Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_cardinals.Count == 0)
        {
            return text;
        }

        var words = WordPattern().Matches(text).Select(m => new Word(m.Index, m.Length, m.Value.ToLowerInvariant())).ToList();
        var atoms = new List<Atom>();
        for (var w = 0; w < words.Count; w++)
        {
            var parts = words[w].Lower.Split('-');
            var kinds = parts.Select(Classify).ToList();
            if (kinds.All(k => k.Kind != Kind.Other) || parts.Length == 1)
            {
                atoms.AddRange(kinds.Select((k, i) => k with { WordIndex = w, EndsWord = i == parts.Length - 1 }));
            }
            else
            {
                atoms.Add(new Atom(Kind.Other, 0, w, true));
            }
        }

        StringBuilder? sb = null;
        var copied = 0;
        for (var a = 0; a < atoms.Count;)
        {
            if (atoms[a].Kind == Kind.Other || (a > 0 && atoms[a - 1].WordIndex == atoms[a].WordIndex))
            {
                a++;
                continue;
            }

            var reading = Year(atoms, words, text, a) ?? Cardinal(atoms, words, text, a);
            if (reading is not { } r || !atoms[a + r.Length - 1].EndsWord || !Keeps(r, atoms, words, text, a))
            {
                a++;
                continue;
            }

            var first = words[atoms[a].WordIndex];
            var last = words[atoms[a + r.Length - 1].WordIndex];
            sb ??= new StringBuilder(text.Length);
            sb.Append(text, copied, first.Start - copied).Append(r.Value.ToString(CultureInfo.InvariantCulture));
            copied = last.Start + last.Length;
            a += r.Length;
        }

        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    private Atom Classify(string part)
    {
        if (_cardinals.TryGetValue(part, out var n))
        {
            return new Atom(n < 10 ? Kind.Unit : n < 20 ? Kind.Teen : Kind.Tens, n, 0, true);
        }

        if (_ordinals.TryGetValue(part, out var o))
        {
            return new Atom(Kind.Ordinal, o, 0, true);
        }

        if (_scales.TryGetValue(part, out var s))
        {
            return new Atom(Kind.Scale, s, 0, true);
        }

        return new Atom(_zeros.Contains(part) ? Kind.Zero : _joins.Contains(part) ? Kind.Join : Kind.Other, 0, 0, true);
    }

    // Whether atom b follows atom a with nothing but spaces between their words (or within one hyphenated word).
    private static bool Adjacent(List<Atom> atoms, List<Word> words, string text, int a, int b)
    {
        if (b >= atoms.Count)
        {
            return false;
        }

        var (wa, wb) = (atoms[a].WordIndex, atoms[b].WordIndex);
        if (wa == wb)
        {
            return true;
        }

        var end = words[wa].Start + words[wa].Length;
        return wb == wa + 1 && text.AsSpan(end, words[wb].Start - end).IsWhiteSpace();
    }

    private Atom? Next(List<Atom> atoms, List<Word> words, string text, int a, int b) =>
        Adjacent(atoms, words, text, a, b) ? atoms[b] : null;

    // "nineteen ninety nine", "twenty fourteen", "twenty oh six": a hundred from 18 to 20, then 10 to 99 (or "oh" and a unit).
    private Reading? Year(List<Atom> atoms, List<Word> words, string text, int a)
    {
        if (atoms[a].Kind is not (Kind.Teen or Kind.Tens) || atoms[a].Value is < FirstCentury or > LastCentury)
        {
            return null;
        }

        var century = atoms[a].Value * 100;
        Reading? year = Next(atoms, words, text, a, a + 1) switch
        {
            { Kind: Kind.Zero } => Next(atoms, words, text, a + 1, a + 2) is { Kind: Kind.Unit, Value: > 0 } unit ? new Reading(century + unit.Value, 3) : null,
            { Kind: Kind.Teen } teen => new Reading(century + teen.Value, 2),
            { Kind: Kind.Tens } tens => Next(atoms, words, text, a + 1, a + 2) is { Kind: Kind.Unit, Value: > 0 } unit
                ? new Reading(century + tens.Value + unit.Value, 3)
                : new Reading(century + tens.Value, 2),
            _ => null,
        };

        // "twenty two thousand" is a count, not the year 2022.
        return year is { } y && Next(atoms, words, text, a + y.Length - 1, a + y.Length) is { Kind: Kind.Scale or Kind.Ordinal } ? null : year;
    }

    // "forty four", "one hundred and twenty", "two thousand six", "twenty-eighth".
    private Reading? Cardinal(List<Atom> atoms, List<Word> words, string text, int a)
    {
        var total = 0;
        var current = 0;
        var last = Kind.Other;
        var length = 0;
        var ordinal = false;
        for (var b = a; b < atoms.Count && !ordinal; b++)
        {
            if (b > a && !Adjacent(atoms, words, text, b - 1, b))
            {
                break;
            }

            var atom = atoms[b];
            var fits = atom.Kind switch
            {
                Kind.Unit => last is Kind.Other or Kind.Scale or Kind.Join || (last == Kind.Tens && atom.Value > 0),
                Kind.Teen or Kind.Tens => last is Kind.Other or Kind.Scale or Kind.Join,
                Kind.Ordinal => last is Kind.Other or Kind.Scale or Kind.Join || (last == Kind.Tens && atom.Value < 10),
                // "seven hundred thousand": a larger multiplier may follow a smaller one.
                Kind.Scale => current > 0 && (last is Kind.Unit or Kind.Teen or Kind.Tens || (last == Kind.Scale && atom.Value > atoms[b - 1].Value)),
                Kind.Join => last == Kind.Scale && Next(atoms, words, text, b, b + 1) is { Kind: Kind.Unit or Kind.Teen or Kind.Tens or Kind.Ordinal },
                _ => false,
            };
            if (!fits)
            {
                break;
            }

            switch (atom.Kind)
            {
                case Kind.Scale when atom.Value >= 1000:
                    total += current * atom.Value;
                    current = 0;
                    break;
                case Kind.Scale:
                    current *= atom.Value;
                    break;
                case Kind.Join:
                    break;
                default:
                    current += atom.Value;
                    ordinal = atom.Kind == Kind.Ordinal;
                    break;
            }

            last = atom.Kind;
            length++;
        }

        // A trailing "and" belongs to the sentence ("forty and fifty" is not read past "forty").
        return length == 0 || last == Kind.Join ? null : new Reading(total + current, length, ordinal, IsYearShaped: false);
    }

    // A year said in halves is always a year; an ordinal is a day only next to a month; a lone small number stays a word.
    private bool Keeps(Reading reading, List<Atom> atoms, List<Word> words, string text, int a)
    {
        if (reading.IsYearShaped)
        {
            return true;
        }

        var firstWord = atoms[a].WordIndex;
        var lastWord = atoms[a + reading.Length - 1].WordIndex;
        var beforeIndex = IndexBefore(words, firstWord);
        var before = beforeIndex >= 0 ? words[beforeIndex].Lower : null;
        var after = lastWord + 1 < words.Count ? words[lastWord + 1].Lower : null;
        // "may" the verb before a number ("it may first seem") is no month: the month has a preposition before it ("on may first").
        var monthBefore = before is not null && IsMonth(before)
            && (before != "may" || (beforeIndex > 0 && _monthBefore.Contains(words[beforeIndex - 1].Lower)));
        var monthAfter = after is not null && IsMonth(after);
        var ofMonthAfter = after is not null && lastWord + 2 < words.Count && after == "of" && IsMonth(words[lastWord + 2].Lower);
        if (reading.IsOrdinal)
        {
            return monthBefore || ofMonthAfter || (monthAfter && before is not null && _dayBefore.Contains(before));
        }

        return reading.Length > 1 || reading.Value >= LoneWordFigure || monthBefore || monthAfter || ofMonthAfter;
    }

    // The index of the word before a number, past a "the" ("June the fifth"); -1 at the start.
    private static int IndexBefore(List<Word> words, int index)
    {
        var i = index - 1;
        return i >= 0 && words[i].Lower == "the" ? i - 1 : i;
    }

    // A number right by "may" is a date in a question far more often than the verb.
    private static bool IsMonth(string word) => FactDate.MonthOf(word) is not null;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    private enum Kind
    {
        Other,
        Unit,
        Teen,
        Tens,
        Ordinal,
        Scale,
        Zero,
        Join,
    }

    private readonly record struct Word(int Start, int Length, string Lower);

    private readonly record struct Atom(Kind Kind, int Value, int WordIndex, bool EndsWord);

    private readonly record struct Reading(int Value, int Length, bool IsOrdinal = false, bool IsYearShaped = true);
}
