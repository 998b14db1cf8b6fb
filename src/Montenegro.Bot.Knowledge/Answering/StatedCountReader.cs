using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Finds the counts a sentence states, in digits or words ("44 votes", "five against", "a three-member team"), with what
/// each counts. Years, dates, ranges ("11–15"), ordinals and identifiers ("Doc. 114-12") are no counts, nor is a number
/// that points back at things already named ("the two countries").
/// </summary>
internal static partial class StatedCountReader
{
    // What follows a number before what it counts may be this long ("six more Russian diplomats").
    private const int MaxNounDistance = 4;

    // English cardinals, like the month names of FactDate: the grammar of numbers, not wording of this domain.
    private static readonly Dictionary<string, int> Cardinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>The value of a cardinal written as a word ("five": 5) or in digits; null for anything else.</summary>
    internal static int? Cardinal(string word) =>
        Cardinals.TryGetValue(word, out var value) ? value
        : word.Length is > 0 and <= 3 && word.All(char.IsAsciiDigit) ? int.Parse(word, CultureInfo.InvariantCulture) : null;

    /// <summary>The counts <paramref name="sentence"/> states, in order.</summary>
    public static IReadOnlyList<StatedCount> Read(string sentence, KnowledgeBase knowledge)
    {
        var tokens = Token().Matches(sentence).ToList();
        var lexicon = knowledge.Lexicon;
        var found = new List<(int Token, decimal Value, string Written, int Length)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NumberAt(tokens, i) is not { } number || IsNoCount(tokens, i, number.Length, lexicon))
            {
                continue;
            }

            found.Add((i, number.Value, number.Written, number.Length));
            i += number.Length - 1;
        }

        var counts = new List<StatedCount>();
        for (var k = 0; k < found.Count; k++)
        {
            var (at, value, written, length) = found[k];
            var next = at + length;
            var percent = false;
            if (PhraseAt(tokens, next, lexicon.Phrases(Cue.Percentage)) is { } unit)
            {
                percent = true;
                next += unit;
            }

            var (noun, adds, end, qualifier) = percent ? ("percent", false, next, null) : NounAfter(tokens, next, knowledge);
            var endChar = end > 0 && end <= tokens.Count ? tokens[end - 1].Index + tokens[end - 1].Length : tokens[at].Index + tokens[at].Length;
            var contextEnd = k + 1 < found.Count ? tokens[found[k + 1].Token].Index : sentence.Length;
            var context = knowledge.Analyzer.Terms(sentence[tokens[at].Index..contextEnd]).ToHashSet(StringComparer.Ordinal);
            // A joined noun ("three-member") is described by the words after it ("military medical team").
            var phraseEnd = end;
            while (phraseEnd < tokens.Count && phraseEnd < end + MaxNounDistance && tokens[phraseEnd].Groups["word"].Success && (k + 1 >= found.Count || phraseEnd < found[k + 1].Token)
                && next + 1 < tokens.Count && tokens[next].Value == "-" && knowledge.Analyzer.Terms(tokens[phraseEnd].Value).Count > 0)
            {
                phraseEnd++;
            }

            var phraseChar = phraseEnd > 0 && phraseEnd <= tokens.Count ? tokens[phraseEnd - 1].Index + tokens[phraseEnd - 1].Length : endChar;
            var phrase = knowledge.Analyzer.Terms(sentence[tokens[at].Index..Math.Max(phraseChar, tokens[at].Index)]).ToHashSet(StringComparer.Ordinal);
            counts.Add(new StatedCount(value, written, percent, noun, adds, tokens[at].Index, Math.Max(Math.Max(endChar, phraseChar), tokens[at].Index + tokens[at].Length), context, phrase, qualifier));
        }

        return counts;
    }

    // A number in digits ("44", "160,385,964", "71.2") or words ("five", "forty-five"), and how many tokens it takes.
    private static (decimal Value, string Written, int Length)? NumberAt(List<Match> tokens, int i)
    {
        var token = tokens[i];
        if (token.Groups["num"].Success)
        {
            if (token.Groups["ord"].Success)
            {
                return null;
            }

            var digits = token.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
            return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? (value, token.Value, 1) : null;
        }

        if (!token.Groups["word"].Success || !Cardinals.TryGetValue(token.Value, out var tens))
        {
            return null;
        }

        // "forty-five"
        if (tens >= 20 && tens % 10 == 0 && i + 2 < tokens.Count && tokens[i + 1].Value == "-"
            && Cardinals.TryGetValue(tokens[i + 2].Value, out var unit) && unit < 10)
        {
            return (tens + unit, $"{token.Value}-{tokens[i + 2].Value}", 3);
        }

        // "one of the first" is no count of one.
        if (tens == 1 && i + 1 < tokens.Count && tokens[i + 1].Value.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return (tens, token.Value, 1);
    }

    private static bool IsNoCount(List<Match> tokens, int i, int length, Lexicon lexicon)
    {
        var token = tokens[i];
        var isDigits = token.Groups["num"].Success;
        var before = i > 0 ? tokens[i - 1].Value : string.Empty;
        var after = i + length < tokens.Count ? tokens[i + length].Value : string.Empty;

        // A year, and a day of a month either side ("11 June", "August 28", "11–15 December").
        if (isDigits && token.Value.Length == 4 && !token.Value.Contains('.', StringComparison.Ordinal)
            && int.Parse(token.Value, CultureInfo.InvariantCulture) is >= 1800 and <= 2099)
        {
            return true;
        }

        if (isDigits && (IsMonth(before) || IsMonth(after)))
        {
            return true;
        }

        // Ranges and identifiers: "11–15 December", "Doc. 114-12".
        if (isDigits && ((after is "-" or "–" or "—" or "/" && i + length + 1 < tokens.Count && tokens[i + length + 1].Groups["num"].Success)
            || (before is "-" or "–" or "—" or "/" && i >= 2 && tokens[i - 2].Groups["num"].Success)))
        {
            return true;
        }

        return lexicon.Phrases(Cue.Reference).Any(p => p.Length == 1 && p[0].Equals(before, StringComparison.OrdinalIgnoreCase));
    }

    // "May" is a month only when written so.
    private static bool IsMonth(string word) =>
        word.Length >= 3 && char.IsLetter(word[0]) && (word != "may" && word != "MAY") && FactDate.MonthOf(word) is not null;

    // How many tokens from <paramref name="at"/> one of <paramref name="phrases"/> takes, if one starts there.
    private static int? PhraseAt(List<Match> tokens, int at, IReadOnlyList<string[]> phrases)
    {
        foreach (var phrase in phrases.OrderByDescending(p => p.Length))
        {
            if (at + phrase.Length <= tokens.Count
                && phrase.Select((w, j) => tokens[at + j].Value.Equals(w, StringComparison.OrdinalIgnoreCase)).All(x => x))
            {
                return phrase.Length;
            }
        }

        return null;
    }

    // What a number counts: the first common word after it ("44 votes", "six more Russian diplomats"), the word it is joined
    // to ("three-member"), or the last capitalised word of a name ("six U.S. Senators"). None when a word that stands for
    // the noun left out comes first ("five against", "two in favour").
    private static (string? Noun, bool Adds, int End, string? Qualifier) NounAfter(List<Match> tokens, int at, KnowledgeBase knowledge)
    {
        var lexicon = knowledge.Lexicon;
        if (at + 1 < tokens.Count && tokens[at].Value == "-" && tokens[at + 1].Groups["word"].Success)
        {
            return (knowledge.Analyzer.Terms(tokens[at + 1].Value).FirstOrDefault(), false, at + 2, null);
        }

        var additional = lexicon.Phrases(Cue.Additional).Where(p => p.Length == 1).Select(p => p[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var stand = lexicon.Phrases(Cue.Support).Concat(lexicon.Phrases(Cue.Opposition)).Where(p => p.Length == 1).Select(p => p[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var adds = false;
        string? capitalised = null;
        string? qualifier = null;
        var end = at;
        for (var j = at; j < tokens.Count && j < at + MaxNounDistance + 2; j++)
        {
            var token = tokens[j];
            if (!token.Groups["word"].Success)
            {
                // "U.S." is one name, not the end of the phrase.
                if (token.Value == "." && j > 0 && tokens[j - 1].Value.Length == 1 && char.IsUpper(tokens[j - 1].Value[0]))
                {
                    continue;
                }

                break;
            }

            if (additional.Contains(token.Value))
            {
                adds = true;
                end = j + 1;
                continue;
            }

            if (char.IsUpper(token.Value[0]))
            {
                qualifier = capitalised is null ? token.Value : qualifier + " " + token.Value;
                capitalised = token.Value;
                end = j + 1;
                continue;
            }

            var terms = knowledge.Analyzer.Terms(token.Value);
            if (terms.Count == 0 || stand.Contains(token.Value))
            {
                break;
            }

            return (terms[0], adds, j + 1, qualifier);
        }

        return capitalised is not null ? (knowledge.Analyzer.Terms(capitalised).LastOrDefault(), adds, end, null) : (null, adds, end, null);
    }

    [GeneratedRegex(@"(?<num>[0-9]+(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?<ord>st|nd|rd|th)?(?![\p{L}\p{N}])|(?<word>\p{L}[\p{L}\p{Mn}]*)|(?<sym>\S)")]
    private static partial Regex Token();
}
