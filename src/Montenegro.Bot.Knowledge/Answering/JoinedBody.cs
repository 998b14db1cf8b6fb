using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The body a text says was joined or entered, read from the name right after the words of the membership asked about:
/// "began full membership with the Adriatic Charter", "entered Intensified Dialogue with NATO". "When did Montenegro become
/// a full NATO member?" asks of NATO, so a text whose every joining names another body (the Adriatic Charter, Intensified
/// Dialogue) is about another step on the road, however many of the question's words it shares.
/// </summary>
internal sealed partial class JoinedBody
{
    // Words that may stand between the joining word and the name of what was joined ("membership with the", "member of").
    private static readonly HashSet<string> Links = new(StringComparer.OrdinalIgnoreCase) { "with", "of", "in", "into", "to", "the", "a", "an" };

    // The topic of the predicates of joining a body (join, admit, member, invite).
    private const string MembershipTopic = "membership";

    // A joining word shorter than this is a link itself ("in" of "membership in").
    private const int MinAnchorLength = 4;

    private readonly IReadOnlySet<string> _anchors;
    private readonly IReadOnlySet<string> _asked;
    private readonly IReadOnlySet<string> _questionTerms;
    private readonly KnowledgeBase _knowledge;

    private JoinedBody(IReadOnlySet<string> anchors, IReadOnlySet<string> asked, IReadOnlySet<string> questionTerms, KnowledgeBase knowledge) =>
        (_anchors, _asked, _questionTerms, _knowledge) = (anchors, asked, questionTerms, knowledge);

    /// <summary>
    /// The joining <paramref name="question"/> asks about, read once for all the texts it is checked against: it asks when or
    /// how many of joining a body it names (other than Montenegro). Null when it asks of no such joining.
    /// </summary>
    public static JoinedBody? AskedIn(Question question, KnowledgeBase knowledge)
    {
        var asksWhenOrHowMany = question.Has(Language.Cue.When) || question.Has(Language.Cue.Count) || question.Has(Language.Cue.HowMuch);
        var asked = question.Entities.Select(m => m.Entity.Id).Where(id => id != "montenegro").ToHashSet(StringComparer.Ordinal);
        if (!asksWhenOrHowMany || asked.Count == 0)
        {
            return null;
        }

        var questionTerms = knowledge.Analyzer.Terms(question.Text).ToHashSet(StringComparer.Ordinal);
        var anchors = Anchors(question, questionTerms, knowledge);
        return anchors.Count == 0 ? null : new JoinedBody(anchors, asked, questionTerms, knowledge);
    }

    /// <summary>
    /// Whether <paramref name="text"/> names only other bodies as what was joined: it names a body right after a word of the
    /// joining asked about, and no such body is one the question names.
    /// </summary>
    public bool NamesOnlyAnother(string text)
    {
        // A country after the word is who joins or is invited ("invited Montenegro to join"), not what is joined.
        var bodies = Bodies(text, _anchors).Where(body => !_knowledge.Recognizer.Recognize(body).Any(m => m.Entity.Type == Entities.EntityType.Country)).ToList();
        return bodies.Count > 0 && !bodies.Any(IsAsked);
    }

    // A body is the one asked when it is an entity the question names, or every word of it (in the sources' words: "PfP" is
    // the Partnership for Peace) is the question's.
    private bool IsAsked(string body)
    {
        if (_knowledge.Recognizer.Recognize(body).Any(m => _asked.Contains(m.Entity.Id)))
        {
            return true;
        }

        return Covered(_knowledge.Analyzer.Terms(body)) || Covered(_knowledge.Analyzer.Terms(_knowledge.Normalizer.Normalize(body).English));

        bool Covered(IEnumerable<string> terms) => terms.All(_questionTerms.Contains);
    }

    // The words of the membership predicates the question asks or uses a word of ("become a full NATO member" names no verb
    // the sources use, but the word "member"), and of the others of that topic ("joined" for "member").
    private static HashSet<string> Anchors(Question question, IReadOnlySet<string> questionTerms, KnowledgeBase knowledge)
    {
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
