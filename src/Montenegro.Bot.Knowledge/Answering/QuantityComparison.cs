using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The verdict on a yes/no question that bounds a share ("did the DPS take more than half of the popular vote?", "… over 50%
/// of the vote?", "… less than 40% of the vote?"), from the one percentage the evidence gives of the same thing ("won with
/// 41% of the popular vote"): "Yes." when the figure lies on the side of the bound the question asks, "No." otherwise. The
/// share must be of what the question names (the words after the bound and after the figure share a word), so a figure of
/// something else settles nothing. Polls are left to the poll answers, which weigh "for" against "against" themselves.
/// </summary>
internal static partial class QuantityComparison
{
    /// <summary>"Yes." or "No." when the evidence gives one comparable share, otherwise null.</summary>
    public static string? Verdict(Question question, Answer answer)
    {
        if (answer.Intent == PollStrategy.Intent || question.Has(Cue.Negation) || AskedBound(question) is not { } bound)
        {
            return null;
        }

        var shares = Share().Matches(answer.Text.Split("\n", 2)[0])
            .Where(m => OfTheSameThing(EvidenceSentences.Words(m.Groups["of"].Value), bound.Of))
            .Select(m => double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
        if (shares.Count != 1 || shares[0] == bound.Limit)
        {
            return null;
        }

        return (shares[0] > bound.Limit) == bound.Above ? "Yes." : "No.";
    }

    /// <summary>
    /// Whether the question sets two quantities against each other ("were more diplomats expelled in September than in the
    /// spring?", "more in spring or in September?"): a comparative that stands before "than" in the lexicon's bound phrases
    /// ("more", "fewer"), with "than" or "or" to join the two sides.
    /// </summary>
    public static bool SetsQuantitiesAgainstEachOther(Question question)
    {
        var comparatives = new[] { Cue.Above, Cue.Below }.SelectMany(question.Lexicon.Phrases)
            .Where(p => p.Length == 2 && p[1] == "than").Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
        return question.WordList.Any(comparatives.Contains) && question.HasWord("than", "or");
    }

    /// <summary>
    /// Whether a sentence states at least two counts (figures or number words: "five diplomats … then six more"): the two
    /// quantities a comparison needs, where one clause of it would give only one side.
    /// </summary>
    public static bool StatesSeveralCounts(string sentence, Lexicon lexicon)
    {
        var numberWords = lexicon.Words(Cue.NumberWord);
        return EvidenceSentences.Words(sentence).Count(w => numberWords.Contains(w) || (w.Length > 0 && w.All(char.IsAsciiDigit))) >= 2;
    }

    // A bound asked of a share: its limit in percent, whether the question asks above it, and the words naming what it is of.
    private sealed record Bound(double Limit, bool Above, IReadOnlyList<string> Of);

    // "more than half of the popular vote" (a majority phrase, then "of …"), or "over 50% of the vote" (an above or below
    // phrase, then a percentage).
    private static Bound? AskedBound(Question question)
    {
        var words = question.WordList;
        foreach (var (start, length) in EvidenceSentences.PhraseStarts(words, Cue.Majority, question.Lexicon))
        {
            var after = words.Skip(start + length).ToList();
            if (after.FirstOrDefault() == "of")
            {
                return new Bound(50, true, after.Skip(1).ToList());
            }
        }

        foreach (var (cue, above) in new[] { (Cue.Above, true), (Cue.Below, false) })
        {
            foreach (var (start, length) in EvidenceSentences.PhraseStarts(words, cue, question.Lexicon))
            {
                var after = words.Skip(start + length).ToList();
                if (after.Count > 2 && LeadingPercent(after) is { } percent)
                {
                    return new Bound(percent.Value, above, after.Skip(percent.Words).SkipWhile(w => w == "of").ToList());
                }
            }
        }

        return null;
    }

    // "50%", "50 percent": the figure and how many words it takes.
    private static (double Value, int Words)? LeadingPercent(IReadOnlyList<string> words)
    {
        var number = Regex.Match(words[0], @"^(?<n>[0-9]+(?:\.[0-9]+)?)(?<pct>%?)$", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (!number.Success)
        {
            return null;
        }

        var value = double.Parse(number.Groups["n"].Value, CultureInfo.InvariantCulture);
        return number.Groups["pct"].Length > 0 ? (value, 1) : words[1] is "percent" or "per" ? (value, words[1] == "per" ? 3 : 2) : null;
    }

    // The first few content words after the figure and after the bound share one ("popular vote" and "popular vote").
    private static bool OfTheSameThing(IReadOnlyList<string> stated, IReadOnlyList<string> asked)
    {
        var filler = new HashSet<string>(["the", "a", "an", "of", "in", "its", "their", "his", "her"], StringComparer.Ordinal);
        var statedWords = stated.Where(w => !filler.Contains(w)).Take(3).ToHashSet(StringComparer.Ordinal);
        return asked.Where(w => !filler.Contains(w)).Take(3).Any(statedWords.Contains);
    }

    // "41% of the popular vote", "41 percent of the vote".
    [GeneratedRegex(@"(?<n>[0-9]+(?:\.[0-9]+)?)\s*(?:%|percent\b|per cent\b)(?<of>(?:\s+of)?(?:\s+[\p{L}'-]+){1,4})")]
    private static partial Regex Share();
}
