using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Commands;

/// <summary>
/// Private replies for an option value that names nothing the sources know, naming the nearest values they do know, so
/// that a typo is one retry away and a wrong value is never silently dropped.
/// </summary>
public static class DidYouMean
{
    private const int MaxShown = 40;

    // Longer than any name: the rest of a long value does not change which names are near.
    private const int MaxCompared = 40;

    /// <summary>Up to <paramref name="count"/> of <paramref name="candidates"/> nearest to <paramref name="typed"/>: starting with or containing it first, then by few edits (to the whole name or to its start: "coupp" is near "Coup attempt"); none when nothing is near.</summary>
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> candidates, int count = 5)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        var folded = LanguageFolding.Fold(typed.Trim());
        if (folded.Length > MaxCompared)
        {
            folded = folded[..MaxCompared];
        }

        if (folded.Length == 0)
        {
            return [];
        }

        var allowed = Math.Max(2, folded.Length / 3);
        var ranked = new List<(string Name, int Score)>();
        foreach (var name in candidates.Distinct(StringComparer.Ordinal))
        {
            var candidate = LanguageFolding.Fold(name);
            var score = candidate.StartsWith(folded, StringComparison.Ordinal) || folded.StartsWith(candidate, StringComparison.Ordinal) ? 0
                : candidate.Contains(folded, StringComparison.Ordinal) ? 1
                : 1 + Math.Min(
                    EditDistance.DamerauLevenshtein(folded, candidate, allowed),
                    EditDistance.DamerauLevenshtein(folded, candidate[..Math.Min(candidate.Length, folded.Length)], allowed));
            if (score <= allowed)
            {
                ranked.Add((name, score));
            }
        }

        return ranked.OrderBy(r => r.Score).ThenBy(r => r.Name, StringComparer.Ordinal).Take(count).Select(r => r.Name).ToList();
    }

    /// <summary>"No pollster 'Gallup'. Pollsters in my sources: CEDEM, DAMAR, …"</summary>
    public static Answer Pollster(string typed, IReadOnlyList<string> pollsters, CommandLanguage language)
    {
        ArgumentNullException.ThrowIfNull(pollsters);
        var shown = Shown(typed);
        var list = string.Join(", ", pollsters);
        return Unknown(
            new LocalizedText("Unknown pollster", "Nepoznata agencija").In(language),
            new LocalizedText($"No pollster '{shown}'. Pollsters in my sources: {list}.", $"Nema agencije '{shown}'. Agencije u mojim izvorima: {list}.").In(language));
    }

    /// <summary>"I don't know a country called 'Narnia'. Did you mean …?", or examples when nothing is near.</summary>
    public static Answer Country(string typed, IReadOnlyList<string> nearest, IReadOnlyList<string> examples, CommandLanguage language)
    {
        ArgumentNullException.ThrowIfNull(nearest);
        ArgumentNullException.ThrowIfNull(examples);
        var shown = Shown(typed);
        var text = nearest.Count > 0
            ? new LocalizedText(
                $"I don't know a country called '{shown}'. Did you mean: {string.Join(", ", nearest)}?",
                $"Ne znam državu '{shown}'. Da li ste mislili: {string.Join(", ", nearest)}?")
            : new LocalizedText(
                $"I don't know a country called '{shown}'. Try a name from my sources, such as {string.Join(", ", examples)}.",
                $"Ne znam državu '{shown}'. Probajte naziv iz mojih izvora, npr. {string.Join(", ", examples)}.");
        return Unknown(new LocalizedText("Unknown country", "Nepoznata država").In(language), text.In(language));
    }

    /// <summary>"No NATO milestone 'x'. Did you mean …?", or the milestones when nothing is near.</summary>
    public static Answer Milestone(string typed, IReadOnlyList<string> nearest, IReadOnlyList<string> all, CommandLanguage language)
    {
        ArgumentNullException.ThrowIfNull(nearest);
        ArgumentNullException.ThrowIfNull(all);
        var shown = Shown(typed);
        var text = nearest.Count > 0
            ? new LocalizedText(
                $"No NATO milestone '{shown}'. Did you mean: {string.Join(", ", nearest)}?",
                $"Nema NATO koraka '{shown}'. Da li ste mislili: {string.Join(", ", nearest)}?")
            : new LocalizedText(
                $"No NATO milestone '{shown}'. Milestones I know: {string.Join(", ", all)}.",
                $"Nema NATO koraka '{shown}'. Koraci koje znam: {string.Join(", ", all)}.");
        return Unknown(new LocalizedText("Unknown milestone", "Nepoznat korak").In(language), text.In(language));
    }

    // A user's value as quoted back: cut short, and without the quote marks that would end the quote.
    private static string Shown(string typed)
    {
        var text = QuestionText.Clean(typed ?? string.Empty, MaxShown + 1).Replace('\'', '’');
        return text.Length > MaxShown ? text[..MaxShown] + "…" : text;
    }

    private static Answer Unknown(string title, string text) => new(false, "error", title, text, [], [], []);
}
