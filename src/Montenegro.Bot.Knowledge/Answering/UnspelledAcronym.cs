using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "What does NSPM stand for?": a question asking what an abbreviation is short for is answered only by the name it is short
/// for. When no source writes any longer name of the abbreviated body (NSPM is only ever "NSPM" in the poll table), the
/// sources do not say, and an answer quoting the body's poll figures tells something else.
/// </summary>
internal static class UnspelledAcronym
{
    /// <summary>
    /// The abbreviation <paramref name="question"/> asks the expansion of, when <paramref name="answer"/> gives none of its
    /// longer names and no source passage writes one; null otherwise (a source that spells it out may still answer it).
    /// </summary>
    public static string? Of(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (!answer.Answered || !question.Has(Cue.ExpansionAsked))
        {
            return null;
        }

        foreach (var mention in question.Entities)
        {
            if (!IsAcronym(mention.Text))
            {
                continue;
            }

            var longer = mention.Entity.AllNames.Where(name => name.Contains(' ', StringComparison.Ordinal) && !IsAcronym(name)).ToList();
            var spelt = longer.Any(name => answer.Text.Contains(name, StringComparison.OrdinalIgnoreCase) || knowledge.Writes(name));
            if (!spelt)
            {
                return mention.Text;
            }
        }

        return null;
    }

    // A name written in capitals only ("NSPM", "CISR/IRI"), as an abbreviation is.
    private static bool IsAcronym(string text) =>
        text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper) && !text.Contains(' ', StringComparison.Ordinal);
}
