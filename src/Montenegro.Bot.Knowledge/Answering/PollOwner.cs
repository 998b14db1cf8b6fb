using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The one a question says a poll is by: "the Nansen Dialogue Centre's own survey", "a poll by Gallup". A poll question
/// naming a pollster of the sources (CEDEM's poll) asks for its polls; one naming anyone else asks for a poll the sources
/// do not have.
/// </summary>
internal static partial class PollOwner
{
    /// <summary>
    /// The owner the question names for its poll when that owner is no pollster the sources know, by an entity of theirs or
    /// by a name one of <paramref name="polls"/> gives ("from the Centre for Democracy and Human Rights"); otherwise null.
    /// </summary>
    public static string? NamedOtherThanPollster(Question question, IEnumerable<Facts.Fact> polls)
    {
        if (question.Knowledge is not { } knowledge)
        {
            return null;
        }

        var match = Possessive().Match(question.Text) is { Success: true } possessive ? possessive : By().Match(question.Text);
        if (!match.Success)
        {
            // "Which Gallup poll showed the lowest support?": a name set before the poll that no source uses at all.
            // An acronym of a name a poll gives ("CDHR" for the Centre for Democracy and Human Rights) is that pollster.
            var pollList = polls.ToList();
            return Before().Matches(question.Text).Select(m => m.Groups["owner"].Value.Trim())
                .FirstOrDefault(owner => knowledge.Analyzer.Terms(owner).ToList() is { Count: > 0 } terms && terms.All(t => !knowledge.Index.Knows(t))
                    && knowledge.Recognizer.Recognize(owner).Count == 0 && !pollList.Any(f => AbbreviatedIn(owner, f.Statement)));
        }

        var owner = match.Groups["owner"].Value.Trim();
        return knowledge.Recognizer.Recognize(owner).Any(m => m.Entity.Type == EntityType.Pollster)
            || polls.Any(f => f.Statement.Contains(owner, StringComparison.OrdinalIgnoreCase))
            ? null
            : owner;
    }

    // Whether the text has a name whose capitalised words begin with the letters of the acronym, in order.
    private static bool AbbreviatedIn(string acronym, string text) =>
        acronym.Length > 1 && acronym.All(char.IsUpper)
        && Name().Matches(text).Any(m => string.Concat(m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0])) == acronym);

    // A run of capitalised words, with the short lower-case words names keep between them ("Centre for Democracy and Human Rights").
    [GeneratedRegex(@"\p{Lu}\p{L}*(?:\s+(?:(?:for|and|of|the)\s+)?\p{Lu}\p{L}*)+")]
    private static partial Regex Name();

    // "The Nansen Dialogue Centre's own survey": capitalised words right before "'s" and the poll.
    [GeneratedRegex(@"(?<owner>(?:\p{Lu}[\p{L}/.-]*\s+)*\p{Lu}[\p{L}/.-]*)['’]s\s+(?:own\s+|latest\s+|first\s+|last\s+)?(?:opinion\s+)?(?:poll|polls|survey|surveys|polling)\b")]
    private static partial Regex Possessive();

    // "Which Gallup poll", "the Pew survey": a capitalised name right before the poll, not opening the question.
    [GeneratedRegex(@"(?<=\S\s+)(?<owner>\p{Lu}[\p{L}/.-]*(?:\s+\p{Lu}[\p{L}/.-]*)*)\s+(?:opinion\s+)?(?:poll|polls|survey|surveys)\b")]
    private static partial Regex Before();

    // "A poll by Gallup", "surveys carried out by the Pew Research Center".
    [GeneratedRegex(@"\b(?:poll|polls|survey|surveys)\s+(?:(?:carried\s+out|conducted|commissioned|done|run|published)\s+)?by\s+(?:the\s+)?(?<owner>\p{Lu}[\p{L}/.-]*(?:\s+\p{Lu}[\p{L}/.-]*)*)")]
    private static partial Regex By();
}
