using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>
/// Reads the figures of a clause as the source writes them: votes ("44 votes in favor, five against, and
/// two abstentions"), how many people something concerned ("six more Russian diplomats") and sums of
/// money ("160,385,964 euros").
/// </summary>
internal sealed partial class FigureReader
{
    private const string Number = @"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|dozens|several)";

    private readonly Regex _counted;
    private readonly Regex? _money;

    public FigureReader(PredicateLexicon lexicon)
    {
        var nouns = lexicon.Counted.Count == 0 ? "diplomats" : string.Join('|', lexicon.Counted.Select(Regex.Escape));
        _counted = new Regex(@"\b(?<n>" + Number + @")\s+(?:more\s+)?(?:[A-Z][\p{L}]+\s+)?(?<what>" + nouns + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var symbols = lexicon.MoneyUnits.Where(u => !u.Any(char.IsLetter)).Select(Regex.Escape).ToList();
        var words = lexicon.MoneyUnits.Where(u => u.Any(char.IsLetter)).Select(Regex.Escape).ToList();
        var patterns = new List<string>();
        if (words.Count > 0)
        {
            patterns.Add(@"\b(?<amount>\d[\d,.]*)(?:\s+(?<scale>million|billion|thousand))?\s+(?<unit>" + string.Join('|', words) + @")\b");
        }

        if (symbols.Count > 0)
        {
            patterns.Add(@"(?<unit>" + string.Join('|', symbols) + @")\s?(?<amount>\d[\d,.]*)(?:\s+(?<scale>million|billion|thousand))?");
        }

        _money = patterns.Count == 0 ? null : new Regex(string.Join('|', patterns), RegexOptions.CultureInvariant);
    }

    public IReadOnlyList<FactFigure> Read(FigureKind kind, string text) => kind switch
    {
        FigureKind.Vote => Votes(text),
        FigureKind.Count => Counts(text),
        FigureKind.Money => Money(text),
        _ => [],
    };

    private static List<FactFigure> Votes(string text)
    {
        var figures = new List<FactFigure>();
        if (VotesFor().Match(text) is { Success: true } f)
        {
            figures.Add(new FactFigure("for", f.Groups["n"].Value));
        }

        if (VotesAgainst().Match(text) is { Success: true } a)
        {
            figures.Add(new FactFigure("against", a.Groups["n"].Value));
        }

        if (Abstentions().Match(text) is { Success: true } s)
        {
            figures.Add(new FactFigure("abstentions", s.Groups["n"].Value));
        }

        return figures;
    }

    private List<FactFigure> Counts(string text) =>
        _counted.Matches(text).Select(m => new FactFigure(m.Groups["what"].Value.ToLowerInvariant(), m.Groups["n"].Value)).Take(1).ToList();

    private List<FactFigure> Money(string text) =>
        _money is null
            ? []
            : _money.Matches(text).Select(m => new FactFigure(
                m.Groups["unit"].Value.ToLowerInvariant(),
                m.Groups["scale"].Success ? $"{m.Groups["amount"].Value} {m.Groups["scale"].Value}" : m.Groups["amount"].Value.TrimEnd('.', ','))).ToList();

    [GeneratedRegex(@"\b(?<n>" + Number + @")\s+(?:votes?\s+)?in\s+favou?r\b", RegexOptions.IgnoreCase)]
    private static partial Regex VotesFor();

    [GeneratedRegex(@"\b(?<n>" + Number + @")\s+(?:votes?\s+|were\s+|voted\s+)?against\b", RegexOptions.IgnoreCase)]
    private static partial Regex VotesAgainst();

    [GeneratedRegex(@"\b(?<n>" + Number + @")\s+(?:abstentions?|abstained)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Abstentions();
}
