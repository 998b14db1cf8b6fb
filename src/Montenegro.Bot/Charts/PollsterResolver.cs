using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Charts;

/// <summary>Finds the pollster a user names for a chart: by name, alias or id, in any case, with one typo tolerated.</summary>
public static class PollsterResolver
{
    // Longer than any pollster's name: a 100 KB argument is not a name, and is not scanned.
    private const int MaxNameLength = 100;

    /// <summary>The pollster <paramref name="name"/> names, or null when it names none (or more than one).</summary>
    public static Entity? Resolve(KnowledgeBase knowledge, string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            return null;
        }

        var pollsters = knowledge.Entities.Where(e => e.Type == EntityType.Pollster).ToList();
        var folded = Words(trimmed);
        var exact = pollsters.FirstOrDefault(p =>
            string.Equals(p.Id, trimmed, StringComparison.OrdinalIgnoreCase)
            || p.AllNames.Any(n => string.Equals(Words(WithoutArticle(n)), folded, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Words(n), folded, StringComparison.OrdinalIgnoreCase)));
        if (exact is not null)
        {
            return exact;
        }

        // The recognizer knows accents and typos ("Ipsoss"). Lower case makes it ignore capitals, so that
        // "Cedem" finds CEDEM too. The whole argument must be the one name: "Gallup or CEDEM" is not CEDEM.
        var mentions = knowledge.Recognizer.Recognize(trimmed.ToLowerInvariant())
            .Where(m => m.Entity.Type == EntityType.Pollster)
            .ToList();
        return mentions is [{ } only] && string.Equals(Words(only.Text), folded, StringComparison.OrdinalIgnoreCase)
            ? only.Entity
            : null;
    }

    /// <summary>The pollsters whose polls a chart can show, the most polls first, for messages that list them.</summary>
    public static IReadOnlyList<string> ChartableNames(KnowledgeBase knowledge) =>
        PollChartData.Build(knowledge).Series.Where(s => s.PollsterId is not null).Select(s => s.Name).ToList();

    // "the government" is also just "government", as the chart's legend writes it.
    private static string WithoutArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    // The words of a name, accents folded, one space between them: "CISR / IRI" and "cisr-iri" are "CISR IRI".
    private static string Words(string text)
    {
        var folded = TextFolding.FoldToAscii(text);
        return string.Join(' ', folded.Split(folded.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries));
    }
}
