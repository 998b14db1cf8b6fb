using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "How did Serbia react to Montenegro joining NATO?", "what did Ukraine's government say about the decision?": a question
/// asking how a named actor responded is answered only by a text in which that actor itself appears. A passage that names it
/// only as an adjective of others ("citizens of pro-Serbian orientation") or not at all (the opposition's accusations) tells
/// how others saw it, so the sources do not say how the actor responded.
/// </summary>
internal static partial class AbsentActor
{
    private static readonly ConditionalWeakTable<KnowledgeBase, Regex> Patterns = [];

    /// <summary>
    /// The name of the actor whose response <paramref name="question"/> asks that <paramref name="answer"/>'s text does not
    /// name as itself, or null when the question asks no named actor's response or the answer names it.
    /// </summary>
    public static string? Of(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (!answer.Answered)
        {
            return null;
        }

        var match = Patterns.GetValue(knowledge, Build).Match(question.Text);
        if (!match.Success)
        {
            return null;
        }

        // The actor as itself ("Serbia", "Ukraine's government") or by its organ ("the Ukrainian government"), not a group named
        // after it.
        var organs = knowledge.Lexicon.Words(Cue.StateOrgan);
        var who = match.Groups["who"].Value;
        var actors = knowledge.Recognizer.Recognize(who)
            .Where(m => IsItself(knowledge, who, m.Text, organs) && !OwnerOfNamed(who, m.Text, organs, answer.Text))
            .Select(m => m.Entity).DistinctBy(e => e.Id).ToList();
        if (actors.Count == 0)
        {
            return null;
        }

        // Named as itself in the answer: a mention that is no adjective ("Serbia", not "pro-Serbian"), or the adjective of one
        // of its organs ("the Russian Embassy").
        var named = knowledge.Recognizer.Recognize(answer.Text).Where(m => IsItself(knowledge, answer.Text, m.Text, organs))
            .Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        return actors.FirstOrDefault(a => !named.Contains(a.Id))?.Name;
    }

    // Whether a mention in the text names the actor itself: no adjective, or the adjective of one of its organs.
    private static bool IsItself(KnowledgeBase knowledge, string text, string mention, IReadOnlySet<string> organs) =>
        knowledge.CountryOfAdjective(mention.ToLowerInvariant().Split('-')[^1]) is null || NamesAnOrgan(text, mention, organs);

    // Whether the adjective stands, somewhere in the text, right before one of the state's organs, and not after "pro-".
    private static bool NamesAnOrgan(string text, string adjective, IReadOnlySet<string> organs)
    {
        for (var at = text.IndexOf(adjective, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(adjective, at + adjective.Length, StringComparison.OrdinalIgnoreCase))
        {
            var next = NextWord().Match(text, at + adjective.Length);
            if (next.Success && organs.Contains(next.Groups[1].Value.ToLowerInvariant()) && !(at > 0 && text[at - 1] == '-'))
            {
                return true;
            }
        }

        return false;
    }

    // "Canada's Peter MacKay": the state only owns the one who responded, and an answer naming that one ("Canadian Foreign
    // Minister Peter MacKay wrote") names the actor asked. A state's organ ("Ukraine's government") is the state itself.
    private static bool OwnerOfNamed(string who, string mention, IReadOnlySet<string> organs, string answer)
    {
        var owned = Possessed().Match(who, Math.Max(0, who.IndexOf(mention, StringComparison.OrdinalIgnoreCase)) + mention.Length);
        if (!owned.Success)
        {
            return false;
        }

        var words = owned.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return !organs.Contains(words[^1].ToLowerInvariant()) && answer.Contains(string.Join(' ', words), StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\G['’]s\s+(\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*)*)")]
    private static partial Regex Possessed();

    [GeneratedRegex(@"\G\s+(\p{L}+)")]
    private static partial Regex NextWord();

    // "did|does|… WHO <responding or saying verb>": the group "who" holds up to four words naming who responded.
    private static Regex Build(KnowledgeBase knowledge)
    {
        var verbs = knowledge.Lexicon.Words(Cue.Reaction).Concat(knowledge.Unstated.SayingVerbs).Distinct(StringComparer.Ordinal).Select(Regex.Escape);
        return new Regex(
            $@"\b(?:did|does|do|has|have|had|will|would)\s+(?<who>[\p{{L}}'’.-]+(?:\s+[\p{{L}}'’.-]+){{0,3}}?)\s+(?:{string.Join('|', verbs)})\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }
}
