using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Who was the speaker of parliament that met the US senators?": a who-question asking for the holder of a role is not
/// answered by a passage that mentions the role without naming whoever held it ("a meeting with President Vujanović and
/// with the speaker of the Montenegrin parliament"). The role is near what is asked but is no name, and a decline is then
/// true: the passage mentions the speaker but does not say who it was. The roles are those of <c>data/predicates.json</c>.
/// </summary>
internal static partial class UnnamedRole
{
    // How many words ("of the Montenegrin parliament") may stand between a role and the comma before its holder's name.
    private const int MaxOfWords = 4;

    // How many words ("the", "then", "Croatian") may stand before a role in the question, or between a comma and a holder's
    // name after the role.
    private const int MaxBackWords = 3;

    // How many words ("a former Russian FSB") may stand between a holder's name and its comma and the role that follows.
    private const int MaxAppositionWords = 5;

    /// <summary>
    /// The role <paramref name="question"/> asks the holder of ("speaker"), when everything <paramref name="answer"/> puts
    /// forward mentions that role and never next to a name; null when the question asks no holder of a role, the answer never
    /// mentions the role, or some mention of it names its holder ("Parliament Speaker Andria Mandić", "Milo Đukanović, the
    /// prime minister").
    /// </summary>
    public static string? Of(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (!answer.Answered || AskedRole(question, knowledge) is not { } role)
        {
            return null;
        }

        var tokens = Tokens().Matches(UnstatedDetail.Told(answer, knowledge)).Select(m => m.Value).ToList();
        var roleWords = role.Split(' ');
        var mentioned = false;
        for (var i = 0; i + roleWords.Length <= tokens.Count; i++)
        {
            if (!IsRoleAt(tokens, i, roleWords))
            {
                continue;
            }

            mentioned = true;
            if (NamedAfter(tokens, i + roleWords.Length, knowledge) || NamedBefore(tokens, i, knowledge))
            {
                return null;
            }
        }

        return mentioned ? role : null;
    }

    // The longest role the question asks the holder of: "who was the speaker", "who is Montenegro's prime minister".
    private static string? AskedRole(Question question, KnowledgeBase knowledge)
    {
        var match = WhoIs().Match(question.Text);
        if (!match.Success)
        {
            return null;
        }

        var words = UnstatedDetail.Words(match.Groups["rest"].Value);
        return knowledge.Predicates.RoleNames
            .Where(r => !r.Contains('-', StringComparison.Ordinal))
            .Select(r => (Role: r, Words: UnstatedDetail.Words(r)))
            .Where(r => r.Words.Count > 0 && Enumerable.Range(0, Math.Min(MaxBackWords + 1, words.Count)).Any(at => StartsAt(words, at, r.Words)))
            .OrderByDescending(r => r.Words.Count)
            .Select(r => r.Role)
            .FirstOrDefault();
    }

    private static bool StartsAt(IReadOnlyList<string> words, int at, IReadOnlyList<string> phrase) =>
        at + phrase.Count <= words.Count && phrase.Select((w, k) => words[at + k] == w || words[at + k] == w + "s").All(same => same);

    private static bool IsRoleAt(IReadOnlyList<string> tokens, int at, IReadOnlyList<string> role) =>
        role.Select((w, k) => string.Equals(tokens[at + k], w, StringComparison.OrdinalIgnoreCase)
            || string.Equals(tokens[at + k], w + "s", StringComparison.OrdinalIgnoreCase)).All(same => same);

    // "Speaker Andria Mandić", "prime minister, Milo Đukanović", "speaker of the parliament, Ranko Krivokapić", "its first
    // resident ambassador was Ricardo Fontes Aguiar".
    private static bool NamedAfter(IReadOnlyList<string> tokens, int at, KnowledgeBase knowledge)
    {
        if (at + 1 < tokens.Count && tokens[at] is "was" or "is" or "were" or "became")
        {
            return IsName(tokens[at + 1], knowledge);
        }

        if (at < tokens.Count && tokens[at].Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            var comma = Enumerable.Range(at + 1, Math.Max(0, Math.Min(MaxOfWords, tokens.Count - at - 1))).FirstOrDefault(k => tokens[k] == ",");
            if (comma == 0)
            {
                return false;
            }

            at = comma;
        }

        if (at >= tokens.Count || tokens[at] != ",")
        {
            return at < tokens.Count && IsName(tokens[at], knowledge);
        }

        // After a comma a few lower-case words may lead to the name: "agents, including allegedly former spokesperson Radomir".
        for (var k = at + 1; k < tokens.Count && k <= at + 1 + MaxBackWords; k++)
        {
            if (IsName(tokens[k], knowledge))
            {
                return true;
            }

            if (!char.IsLower(tokens[k][0]) && !knowledge.Predicates.RoleWords.Contains(tokens[k]))
            {
                return false;
            }
        }

        return false;
    }

    // "Milo Đukanović, the prime minister", "Dmitry Senin, a former Russian FSB Colonel", "Croatian (Vesna Pusić & Ante Kotromanović) foreign and defense ministers".
    private static bool NamedBefore(IReadOnlyList<string> tokens, int at, KnowledgeBase knowledge)
    {
        for (var k = at - 1; k >= 0 && k >= at - MaxAppositionWords - 1; k--)
        {
            if (tokens[k] is ")")
            {
                return true;
            }

            // "Milo Đukanović, the prime minister", "Đukanović was prime minister", "Vujanović as president".
            if (tokens[k] is "," or "was" or "is" or "as" or "became")
            {
                return k > 0 && IsName(tokens[k - 1], knowledge);
            }

            if (tokens[k] is "." or ";" or ":" or "(")
            {
                return false;
            }
        }

        return false;
    }

    // A capitalised word that is no title, role, month or country's adjective: a person's name ("Vujanović", "Andria").
    private static bool IsName(string token, KnowledgeBase knowledge) =>
        token.Length > 1 && char.IsUpper(token[0]) && token.Skip(1).Any(char.IsLower)
        && !knowledge.Predicates.RoleWords.Contains(token)
        && knowledge.CountryOfAdjective(token.ToLowerInvariant()) is null
        && FactDate.MonthOf(token) is null
        && !NotNames.Contains(token);

    // Capitalised words that open a sentence or a clause rather than name anyone.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal) { "The", "A", "An", "In", "On", "At", "Of", "It", "He", "She", "They", "His", "Her", "Their", "This", "That" };

    [GeneratedRegex(@"^\s*who(?:\s+(?:is|was|were|are|has\s+been|had\s+been)|'s|’s)\s+(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex WhoIs();

    [GeneratedRegex(@"[\p{L}\p{N}'’-]+|[,.;:()]")]
    private static partial Regex Tokens();
}
