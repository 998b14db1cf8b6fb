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
        var countsCountries = new[] { match.Groups["first"].Value, match.Groups["second"].Value }.Select(w => w.ToLowerInvariant()).FirstOrDefault(focus.Contains);
        // "How many ministers signed the letter?": people the sources name only, in brackets after their posts.
        var noun = countsCountries ?? (match.Groups["first"].Value is { Length: > 3 } plural && plural.EndsWith('s') ? plural.ToLowerInvariant() : null);
        if (noun is null)
        {
            return null;
        }

        // "number of ministers who signed …" is asked again as "which ministers signed …".
        var rest = question.Text[(match.Groups["how"].Index + match.Groups["how"].Length)..].TrimStart();
        rest = Relative().Replace(rest, "${noun} ", 1);
        var listed = ask("Which " + rest);
        if (!listed.Answered || listed.Kind == AnswerKind.Computed)
        {
            return null;
        }

        // The list is in one paragraph of the answer, before its fields and sources.
        var body = listed.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)[0];
        var named = question.Entities.Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        var found = countsCountries is null
            ? BracketedPeople(body)
            : knowledge.Recognizer.Recognize(body)
                .Select(m => m.Entity)
                .Where(e => e.Type == EntityType.Country && e.Id != "montenegro" && !named.Contains(e.Id))
                .DistinctBy(e => e.Id)
                .Select(e => e.Name)
                .ToList();
        if (found.Count < MinListed)
        {
            return null;
        }

        var names = string.Join(", ", found.SkipLast(1)) + " and " + found[^1];
        var count = found.Count.ToString(CultureInfo.InvariantCulture);
        var text = $"My sources name {count} {(noun.EndsWith('s') ? noun : noun + "s")} for that: {names}.\n\n{body}";
        return listed with
        {
            Text = text,
            Title = "Counted from the sources' list",
            Fields = [new AnswerField("Counted", count)],
        };
    }

    // "the Slovenian (Karel Erjavec & Roman Jakič) and Croatian (…) ministers": full names (two or three capitalised words)
    // listed in brackets, joined by "&", "and" or commas; a bracket that holds anything else (a date, an acronym) names no one.
    private static List<string> BracketedPeople(string text)
    {
        var people = new List<string>();
        foreach (Match bracket in Bracket().Matches(text))
        {
            var parts = Joiner().Split(bracket.Groups["inside"].Value).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            if (parts.Count >= MinListed && parts.All(p => FullName().IsMatch(p)))
            {
                people.AddRange(parts.Where(p => !people.Contains(p, StringComparer.Ordinal)));
            }
        }

        return people;
    }

    [GeneratedRegex(@"\((?<inside>[^()]+)\)")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"\s*(?:&|,|\band\b)\s*")]
    private static partial Regex Joiner();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'\-]+){1,2}$")]
    private static partial Regex FullName();

    // "ministers who signed": the relative word after the counted noun, dropped in the "which" question.
    [GeneratedRegex(@"^(?<noun>[A-Za-z]+)\s+(?:who|that)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    // "How many (NATO) countries …", "the number of ministers …": the count words, then the noun counted, possibly after a
    // name that qualifies it.
    [GeneratedRegex(@"^\W*(?:(?:the|what\s+is\s+the|what's\s+the)\s+)?(?<how>how\s+many|number\s+of)\s+(?<first>[A-Za-z]+)(?:\s+(?<second>[A-Za-z]+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedNoun();
}
