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
            return null;
        }

        var owner = match.Groups["owner"].Value.Trim();
        return knowledge.Recognizer.Recognize(owner).Any(m => m.Entity.Type == EntityType.Pollster)
            || polls.Any(f => f.Statement.Contains(owner, StringComparison.OrdinalIgnoreCase))
            ? null
            : owner;
    }

    // "The Nansen Dialogue Centre's own survey": capitalised words right before "'s" and the poll.
    [GeneratedRegex(@"(?<owner>(?:\p{Lu}[\p{L}/.-]*\s+)*\p{Lu}[\p{L}/.-]*)['’]s\s+(?:own\s+|latest\s+|first\s+|last\s+)?(?:opinion\s+)?(?:poll|polls|survey|surveys|polling)\b")]
    private static partial Regex Possessive();

    // "A poll by Gallup", "surveys carried out by the Pew Research Center".
    [GeneratedRegex(@"\b(?:poll|polls|survey|surveys)\s+(?:(?:carried\s+out|conducted|commissioned|done|run|published)\s+)?by\s+(?:the\s+)?(?<owner>\p{Lu}[\p{L}/.-]*(?:\s+\p{Lu}[\p{L}/.-]*)*)")]
    private static partial Regex By();
}
