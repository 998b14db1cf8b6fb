using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The order of two events the sources do not both date, from the way one passage tells them: "Montenegro ... soon after
/// opened a Permanent Mission to NATO in Brussels. The new country subsequently joined PfP at the 2006 Riga summit." The
/// event told second came after the first when its own sentence says so ("subsequently", "then", "afterwards").
/// </summary>
internal static class ToldOrder
{
    /// <summary>One event told before another in one passage, with the word that puts the second after it.</summary>
    /// <param name="First">The event told first, which came first.</param>
    /// <param name="Second">The event told after it.</param>
    /// <param name="Word">The word of the second's sentence that sets it after the first ("subsequently").</param>
    internal sealed record Told(Fact First, Fact Second, string Word);

    /// <summary>
    /// The order of <paramref name="a"/> and <paramref name="b"/> as their passage tells it; null when they are told in
    /// different passages, in one sentence, or the later told says nothing of coming after.
    /// </summary>
    public static Told? Of(Fact a, Fact b, KnowledgeBase knowledge)
    {
        if (a.PassageId != b.PassageId || !knowledge.PassagesById.TryGetValue(a.PassageId, out var passage))
        {
            return null;
        }

        var (atA, atB) = (Position(a, passage.Text), Position(b, passage.Text));
        if (atA < 0 || atB < 0 || atA == atB)
        {
            return null;
        }

        var (first, second) = atA < atB ? (a, b) : (b, a);

        // A date each gives that sets them the other way is the answer the dates give, not the telling's.
        if (first.Date?.Month is not null && second.Date?.Month is not null && first.Date.CompareTo(second.Date) > 0)
        {
            return null;
        }

        var statement = Question.Parse(Plain(second.Statement), knowledge);
        var word = knowledge.Lexicon.Phrases(Cue.TieBack).FirstOrDefault(statement.ContainsPhrase);
        return word is null ? null : new Told(first, second, string.Join(' ', word));
    }

    // Where the fact's sentence starts in its passage: its evidence, or its statement without the editor's brackets.
    private static int Position(Fact fact, string text)
    {
        foreach (var evidence in fact.Evidence.Append(Plain(fact.Statement)))
        {
            var probe = evidence.Length > ProbeLength ? evidence[..ProbeLength] : evidence;
            if (text.IndexOf(probe, StringComparison.Ordinal) is var at and >= 0)
            {
                return at;
            }
        }

        return -1;
    }

    // Enough of a sentence to find it again in its passage.
    private const int ProbeLength = 40;

    // A statement as its passage writes it: "[Montenegro] soon after opened ..." is "soon after opened ...".
    private static string Plain(string statement)
    {
        var close = statement.StartsWith('[') ? statement.IndexOf(']', StringComparison.Ordinal) : -1;
        return close < 0 ? statement : statement[(close + 1)..].TrimStart();
    }
}
