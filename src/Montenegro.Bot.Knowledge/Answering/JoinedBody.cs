using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The body a text says was joined or entered, read from the name right after the words of the membership asked about:
/// "began full membership with the Adriatic Charter", "entered Intensified Dialogue with NATO". "When did Montenegro become
/// a full NATO member?" asks of NATO, so a text whose every joining names another body (the Adriatic Charter, Intensified
/// Dialogue) is about another step on the road, however many of the question's words it shares.
/// </summary>
internal static partial class JoinedBody
{
    // Words that may stand between the joining word and the name of what was joined ("membership with the", "member of").
    private static readonly HashSet<string> Links = new(StringComparer.OrdinalIgnoreCase) { "with", "of", "in", "into", "to", "the", "a", "an" };

    // The topic of the predicates of joining a body (join, admit, member, invite).
    private const string MembershipTopic = "membership";

    // A joining word shorter than this is a link itself ("in" of "membership in").
    private const int MinAnchorLength = 4;

    /// <summary>
    /// Whether <paramref name="text"/> names only other bodies as what was joined: the question asks when or how many of
    /// joining a body it names (other than Montenegro), the text names a body right after a word of that joining, and no
    /// such body is one the question names.
    /// </summary>
    public static bool NamesOnlyAnother(Question question, string text, KnowledgeBase knowledge)
    {
        var asksWhenOrHowMany = question.Has(Language.Cue.When) || question.Has(Language.Cue.Count) || question.Has(Language.Cue.HowMuch);
        if (!asksWhenOrHowMany || !question.Entities.Any(m => m.Entity.Id != "montenegro"))
        {
            return false;
        }

        var anchors = Anchors(question, knowledge);
        if (anchors.Count == 0)
        {
            return false;
        }

        // A country after the word is who joins or is invited ("invited Montenegro to join"), not what is joined.
        var bodies = Bodies(text, anchors).Where(body => !knowledge.Recognizer.Recognize(body).Any(m => m.Entity.Type == Entities.EntityType.Country)).ToList();
        if (bodies.Count == 0)
        {
            return false;
        }

        var asked = question.Entities.Select(m => m.Entity.Id).Where(id => id != "montenegro").ToHashSet(StringComparer.Ordinal);
        var questionTerms = knowledge.Analyzer.Terms(question.Text).ToHashSet(StringComparer.Ordinal);
        return !bodies.Any(body => IsAsked(body, asked, questionTerms, knowledge));
    }

    // A body is the one asked when it is an entity the question names, or every word of it (in the sources' words: "PfP" is
    // the Partnership for Peace) is the question's.
    private static bool IsAsked(string body, IReadOnlySet<string> asked, IReadOnlySet<string> questionTerms, KnowledgeBase knowledge)
    {
        if (knowledge.Recognizer.Recognize(body).Any(m => asked.Contains(m.Entity.Id)))
        {
            return true;
        }

        return Covered(knowledge.Analyzer.Terms(body)) || Covered(knowledge.Analyzer.Terms(knowledge.Normalizer.Normalize(body).English));

        bool Covered(IEnumerable<string> terms) => terms.All(questionTerms.Contains);
    }

    // The words of the membership predicates the question asks or uses a word of ("become a full NATO member" names no verb
    // the sources use, but the word "member"), and of the others of that topic ("joined" for "member").
    private static HashSet<string> Anchors(Question question, KnowledgeBase knowledge)
    {
        var questionTerms = knowledge.Analyzer.Terms(question.Text).ToHashSet(StringComparer.Ordinal);
        var membership = knowledge.Predicates.Predicates.Where(p => p.Topic == MembershipTopic).ToList();
        var asked = membership.Any(p => question.PredicateIds.Contains(p.Id)
            || p.Words.Any(w => w.Length >= MinAnchorLength && knowledge.Analyzer.Terms(w).Any(questionTerms.Contains)));
        return !asked ? [] : membership
            .SelectMany(p => p.Words).Where(w => w.Length >= MinAnchorLength && !Links.Contains(w))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    // The capitalised names right after a joining word, past the links between them.
    private static IEnumerable<string> Bodies(string text, IReadOnlySet<string> anchors)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!anchors.Contains(words[i]))
            {
                continue;
            }

            var at = i + 1;
            while (at < words.Count && Links.Contains(words[at]) && char.IsLower(words[at][0]))
            {
                at++;
            }

            var name = words.Skip(at).TakeWhile(w => char.IsUpper(w[0])).ToList();
            if (name.Count > 0)
            {
                yield return string.Join(' ', name);
            }
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-\.]*(?<![\.])")]
    private static partial Regex Word();
}
