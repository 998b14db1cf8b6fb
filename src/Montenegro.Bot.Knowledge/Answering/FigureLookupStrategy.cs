using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Extraction;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "What does the figure 160,385,964 euros refer to?", "what is the number 336 about?": a question that states a figure
/// and asks what it is, answered by the sentences of the sources that state the same figure, however its thousands are
/// written ("160,385,964", "160 385 964", "160.385.964", "160385964"). A figure is long enough to be told apart from a
/// count, a share or a year (four digits or more, not a year on its own), or one the question calls a number or figure
/// ("the number 336", "the figure of 72%", a share matched only as a share).
/// The sentence must name every country or body the question names, and a year the question names, if it names one:
/// a figure of another year or partner is not the one asked about.
/// </summary>
internal sealed partial class FigureLookupStrategy(AnswerComposer composer) : IAnswerStrategy
{
    // At most this many sentences stating the same figure are given.
    private const int MaxSentences = 3;

    // A share is kept apart from the digits of whole figures: "36.45%" is not the figure 3645.
    private const string SharePrefix = "%";

    // A figure of this many digits or more is no count or share a question states in passing.
    private const int MinLongDigits = 4;

    // A figure the question calls a number or figure has at least this many digits: "the number 7" is too common a figure.
    private const int MinNamedDigits = 3;

    private readonly Lazy<List<(string Text, string PassageId, HashSet<string> Digits)>> _sentences = new(() => Sentences(composer.Knowledge));

    public Answer? TryAnswer(Question question)
    {
        if (question.StartsWith(Language.Cue.YesNo) || question.Has(Language.Cue.Count) || FiguresAsked(question) is not { Count: > 0 } figures)
        {
            return null;
        }

        var knowledge = composer.Knowledge;
        var named = question.Entities.Select(m => m.Entity.Id).Where(id => id is not ("montenegro" or "nato")).ToHashSet(StringComparer.Ordinal);
        var years = Year().Matches(question.Text).Select(m => m.Value).ToList();
        var chosen = _sentences.Value
            .Where(s => figures.Any(s.Digits.Contains)
                && years.All(y => s.Text.Contains(y, StringComparison.Ordinal))
                && named.All(id => knowledge.EntitiesIn(s.PassageId).Contains(id)))
            .DistinctBy(s => s.Text, StringComparer.Ordinal)
            .Take(MaxSentences)
            .ToList();
        if (chosen.Count == 0)
        {
            return null;
        }

        var body = chosen.Count == 1 ? chosen[0].Text : string.Join("\n", chosen.Select(s => "• " + s.Text));
        var sources = chosen.Select(s => s.PassageId).Distinct(StringComparer.Ordinal).Select(id => composer.Source(id, question)).ToList();
        return new Answer(true, "figure", "What the figure is", body, [], sources, []);
    }

    // The figures the question states, as their digits alone: long ones, and ones the question calls a number or figure
    // ("the number 336"); not a year on its own ("in 2015"), a date's day or a decimal share ("60.1%").
    private static HashSet<string> FiguresAsked(Question question)
    {
        var figureNouns = question.Lexicon.Words(Language.Cue.FigureNoun);
        var figures = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Number().Matches(question.Text))
        {
            var digits = DigitsOf(m.Groups["n"].Value);
            var before = m.Groups["before"].Value.ToLowerInvariant();
            var isYear = m.Groups["n"].Value.Length == 4 && Year().IsMatch(m.Groups["n"].Value);
            if (!isYear && (digits.Length >= MinLongDigits || (digits.Length >= MinNamedDigits && figureNouns.Contains(before))))
            {
                figures.Add(digits);
            }
        }

        // "What does the figure of 72% refer to?": a share is too common a figure to be asked in passing, but one the question
        // calls a figure or number is the thing asked about.
        if (question.WordList.Any(figureNouns.Contains))
        {
            figures.UnionWith(Share().Matches(question.Text).Select(m => SharePrefix + m.Groups["n"].Value));
        }

        return figures;
    }

    // Each answerable sentence of the sources with the figures it states.
    private static List<(string Text, string PassageId, HashSet<string> Digits)> Sentences(KnowledgeBase knowledge)
    {
        var found = new List<(string, string, HashSet<string>)>();
        foreach (var passage in knowledge.Passages.Where(p => p.IsAnswerable))
        {
            foreach (var (_, sentence) in FactExtractor.Sentences(passage.Text))
            {
                var digits = Number().Matches(sentence).Select(m => DigitsOf(m.Groups["n"].Value)).Where(d => d.Length >= MinNamedDigits).ToHashSet(StringComparer.Ordinal);
                digits.UnionWith(Share().Matches(sentence).Select(m => SharePrefix + m.Groups["n"].Value));
                if (digits.Count > 0)
                {
                    found.Add((sentence.Trim(), passage.Id, digits));
                }
            }
        }

        return found;
    }

    // A figure's digits without the marks that group its thousands.
    private static string DigitsOf(string figure) => new([.. figure.Where(char.IsAsciiDigit)]);

    // A whole figure, its thousands grouped by commas, dots or spaces or not at all, with the word before it; not the
    // whole and decimal parts of a share ("60.1"), which are two figures of one digit group each.
    [GeneratedRegex(@"(?:(?<before>\p{L}+)\s+)?(?<![\d.,])(?<n>\d{1,3}(?:[,.\u00a0 ]\d{3})+(?![.,]?\d)|\d+(?![.,]?\d))")]
    private static partial Regex Number();

    // A share as written: "72%", "36.45 percent", "54 per cent".
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Share();

    [GeneratedRegex(@"\b(?:1[89]|20)\d{2}\b")]
    private static partial Regex Year();
}
