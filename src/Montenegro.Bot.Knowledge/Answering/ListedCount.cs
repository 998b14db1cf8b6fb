using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "How many NATO countries are named as having supported Montenegro's bid?": a count of countries the sources state
/// nowhere, but list ("from several NATO countries, including Romania, Turkey, Germany and the United States"). The
/// question is asked again as "which countries …", and the countries its answer names (besides those the question names)
/// are counted and listed, as named by the sources: a list "including" some is not said to be all of them.
/// </summary>
internal static partial class ListedCount
{
    // Fewer than this many named is no list to count: one country is what "which country" answers, not a count.
    private const int MinListed = 2;

    /// <summary>The count of the countries the answer to the "which" question names, or null when it is no such list.</summary>
    public static Answer? Apply(Question question, Answer answer, KnowledgeBase knowledge, Func<string, Answer> ask)
    {
        if (answer.Answered || !question.Has(Cue.Count) || CountedNoun().Match(question.Text) is not { Success: true } match)
        {
            return null;
        }

        var focus = question.Lexicon.Words(Cue.CountryFocus);
        var noun = new[] { match.Groups["first"].Value, match.Groups["second"].Value }.Select(w => w.ToLowerInvariant()).FirstOrDefault(focus.Contains);
        if (noun is null)
        {
            return null;
        }

        var listed = ask("Which " + question.Text[(match.Groups["how"].Index + match.Groups["how"].Length)..].TrimStart());
        if (!listed.Answered || listed.Kind == AnswerKind.Computed)
        {
            return null;
        }

        // The list is in one paragraph of the answer, before its fields and sources.
        var body = listed.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)[0];
        var named = question.Entities.Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        var countries = knowledge.Recognizer.Recognize(body)
            .Select(m => m.Entity)
            .Where(e => e.Type == EntityType.Country && e.Id != "montenegro" && !named.Contains(e.Id))
            .DistinctBy(e => e.Id)
            .ToList();
        if (countries.Count < MinListed)
        {
            return null;
        }

        var names = string.Join(", ", countries.SkipLast(1).Select(e => e.Name)) + " and " + countries[^1].Name;
        var count = countries.Count.ToString(CultureInfo.InvariantCulture);
        var text = $"My sources name {count} {(noun.EndsWith('s') ? noun : noun + "s")} for that: {names}.\n\n{body}";
        return listed with
        {
            Text = text,
            Title = "Counted from the sources' list",
            Fields = [new AnswerField("Counted", count)],
        };
    }

    // "How many (NATO) countries …": the count words, then the noun counted, possibly after a name that qualifies it.
    [GeneratedRegex(@"^\W*(?<how>how\s+many)\s+(?<first>[A-Za-z]+)(?:\s+(?<second>[A-Za-z]+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedNoun();
}
