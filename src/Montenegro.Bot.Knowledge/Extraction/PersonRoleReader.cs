namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>
/// Finds people named with a role: a role from the lexicon, with the capitalised words that qualify it
/// before ("Canadian Foreign Minister", "GRU officer", "then NATO secretary-general"), followed by a
/// capitalised name ("Peter MacKay", "John E. Sununu"); or a name followed by ", a former … Colonel".
/// </summary>
internal static class PersonRoleReader
{
    private const int MaxNameWords = 4;

    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "former", "then", "acting", "deputy", "vice" };

    public static List<PersonMention> Find(string sentence, IReadOnlyList<Token> tokens, PatternIndex<TriggerPattern> roles)
    {
        var people = new List<PersonMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // The longest role that starts here: "parliament speaker" before "speaker".
            var role = roles.MatchesAt(tokens, i, tokens.Count).OrderByDescending(m => m.Last).Select(m => (int?)m.Last).FirstOrDefault();
            if (role is not { } roleLast || people.Any(p => i >= p.First && i <= p.Last))
            {
                continue;
            }

            var first = QualifiersBefore(sentence, tokens, i);
            var nameLast = NameAfter(sentence, tokens, roleLast);
            if (nameLast > roleLast)
            {
                people.Add(new PersonMention(
                    Text(sentence, tokens, roleLast + 1, nameLast), Text(sentence, tokens, first, roleLast), first, nameLast, roleLast + 1, nameLast));
                i = nameLast;
                continue;
            }

            // "Dmitry Senin, a former Russian FSB Colonel"
            if (Appositive(sentence, tokens, first) is { } name)
            {
                people.Add(new PersonMention(
                    Text(sentence, tokens, name.First, name.Last), Text(sentence, tokens, first, roleLast), name.First, roleLast, name.First, name.Last));
                i = roleLast;
            }
        }

        return people;
    }

    // Capitalised words, possessives and "former"/"then" right before the role belong to it.
    private static int QualifiersBefore(string sentence, IReadOnlyList<Token> tokens, int role)
    {
        var first = role;
        while (first > 0)
        {
            var previous = tokens[first - 1];
            var gap = sentence[previous.End..tokens[first].Start];
            var joined = gap is " " or "'" or "’" or "-";
            var qualifies = previous.IsCapitalised && !char.IsDigit(previous.Text[0])
                || Qualifiers.Contains(previous.Lower)
                || (previous.Lower == "s" && gap == " " && first - 2 >= 0 && sentence[tokens[first - 2].End..previous.Start] is "'" or "’");
            if (!joined || !qualifies || IsSentenceStartArticle(previous, first - 1))
            {
                break;
            }

            first--;
        }

        return first;
    }

    private static bool IsSentenceStartArticle(Token token, int index) => index == 0 && token.Lower is "the" or "a" or "an" or "in" or "on";

    // The capitalised words after the role, an initial with its full stop included ("John E. Sununu").
    private static int NameAfter(string sentence, IReadOnlyList<Token> tokens, int roleLast)
    {
        var last = roleLast;
        for (var k = roleLast + 1; k < tokens.Count && k <= roleLast + MaxNameWords; k++)
        {
            var gap = sentence[tokens[k - 1].End..tokens[k].Start];
            var afterInitial = gap == ". " && tokens[k - 1].Text.Length == 1;
            if (!(gap == " " || afterInitial) || !IsNameWord(tokens[k]))
            {
                break;
            }

            last = k;
        }

        return last;
    }

    private static (int First, int Last)? Appositive(string sentence, IReadOnlyList<Token> tokens, int roleFirst)
    {
        // …Name, a former Russian FSB Colonel: the role's qualifiers start after "a", "an" or "the".
        var article = roleFirst - 1;
        if (article < 1 || tokens[article].Lower is not ("a" or "an" or "the"))
        {
            return null;
        }

        var nameLast = article - 1;
        if (sentence[tokens[nameLast].End..tokens[article].Start] != ", " || !IsNameWord(tokens[nameLast]))
        {
            return null;
        }

        var nameFirst = nameLast;
        while (nameFirst > 0 && nameLast - nameFirst < MaxNameWords - 1 && sentence[tokens[nameFirst - 1].End..tokens[nameFirst].Start] == " " && IsNameWord(tokens[nameFirst - 1]))
        {
            nameFirst--;
        }

        return nameLast > nameFirst ? (nameFirst, nameLast) : null;
    }

    private static bool IsNameWord(Token token) =>
        token.IsCapitalised && token.Text.Skip(1).All(c => char.IsLetter(c)) && token.Lower is not ("the" or "in" or "on" or "of" or "and")
        && Facts.FactDate.MonthOf(token.Text) is null;

    private static string Text(string sentence, IReadOnlyList<Token> tokens, int first, int last) => sentence[tokens[first].Start..tokens[last].End];
}
