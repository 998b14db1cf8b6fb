using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>
/// Cuts a sentence into clauses at the joints English marks with punctuation and connectives: a semicolon;
/// "and"/"but" before a verb ("…in April 2008, and adopted…", "…on 3 June 2006 and soon after opened…");
/// ", with", ", while", ", then" and participles; "when it…"; "which", "who", "to which". "France and China" or
/// "40 soldiers, a medical team, and two officers" stay whole: no verb follows their "and".
/// </summary>
internal static partial class ClauseSplitter
{
    /// <summary>The clauses of <paramref name="sentence"/>, in order, covering it end to end.</summary>
    public static List<Clause> Split(string sentence)
    {
        var cuts = new SortedDictionary<int, ClauseKind>();
        var resumes = new HashSet<int>();
        void Cut(Regex regex, ClauseKind kind)
        {
            foreach (Match m in regex.Matches(sentence))
            {
                var at = m.Index + m.Length;
                if (at > 0 && at < sentence.Length)
                {
                    cuts.TryAdd(at, kind);
                }
            }
        }

        Cut(Semicolon(), ClauseKind.Coordinate);
        Cut(AndVerb(), ClauseKind.Coordinate);
        Cut(ThenAfterNumber(), ClauseKind.Coordinate);
        Cut(Relative(), ClauseKind.Relative);
        Cut(ParticipleInset(), ClauseKind.Relative);
        Cut(Subordinate(), ClauseKind.Subordinate);
        Cut(When(), ClauseKind.Subordinate);

        // "The resolution, which passed with 44 votes…, was supported…": the main clause's verb after a
        // relative clause ends it.
        foreach (var relative in cuts.Where(c => c.Value == ClauseKind.Relative).Select(c => c.Key).ToList())
        {
            var back = MainVerbAfterComma().Match(sentence, relative);
            if (back.Success && cuts.TryAdd(back.Index + back.Length, ClauseKind.Coordinate))
            {
                resumes.Add(back.Index + back.Length);
            }
        }

        // "(which it joined as of 2017)": the bracket is a relative clause; what follows it goes on as before.
        foreach (Match m in BracketedRelative().Matches(sentence))
        {
            cuts.TryAdd(m.Index, ClauseKind.Relative);
            var close = m.Index + m.Length;
            if (close < sentence.Length)
            {
                cuts.TryAdd(close, ClauseKind.Subordinate);
            }
        }

        var clauses = new List<Clause>();
        var start = 0;
        var kind = ClauseKind.Main;
        int? continues = null;
        foreach (var (at, next) in cuts)
        {
            if (at > start)
            {
                clauses.Add(new Clause(start, at, kind, continues));
                start = at;
                kind = next;

                // The clause after an inset goes on with the one before the inset.
                continues = resumes.Contains(at) && clauses.Count >= 2 ? clauses[^2].Continues ?? clauses.Count - 2 : null;
            }
        }

        clauses.Add(new Clause(start, sentence.Length, kind, continues));
        return clauses;
    }

    private const string Verbish = @"(?:was|were|is|are|has|had|have|then|later|soon|subsequently|also|in|on|at|after|since|thereafter|[a-z]{3,}ed|[a-z]{2,}ing)\b";

    [GeneratedRegex(@";\s*")]
    private static partial Regex Semicolon();

    // The cut falls before "and": the connective opens the new clause.
    [GeneratedRegex(@"(?:,\s*|(?<=[^\s,])\s+)(?=(?:and|but)\s+" + Verbish + ")")]
    private static partial Regex AndVerb();

    [GeneratedRegex(@"(?<=\d)\s+(?=then\b)")]
    private static partial Regex ThenAfterNumber();

    [GeneratedRegex(@",\s*(?=(?:which|whose|who|whom|where|to which|in which|of which|by which|under which)\b)|(?<=\p{Ll})\s+(?=who\s)")]
    private static partial Regex Relative();

    [GeneratedRegex(@",\s*(?=(?:with|while|whereas|although|though|then(?=\s+[a-z])|making|allowing|seeking|stressing|following|aiming|arguing|warning|issuing|being|according to|despite)\b)")]
    private static partial Regex Subordinate();

    // "…became the 29th member of NATO on 5 June 2017 when it deposited…": the date before "when" is the main clause's.
    [GeneratedRegex(@"(?<=[\w)])\s+(?=when\s+(?:it|he|she|they|the|a|an)\b)")]
    private static partial Regex When();

    // "large protests, supported by pro-Serbian parties, were held…": a participle set off by commas.
    [GeneratedRegex(@",\s*(?=[a-z]{3,}ed\s+by\b)")]
    private static partial Regex ParticipleInset();

    [GeneratedRegex(@",\s*(?=(?:was|were|is|are|has|had|have|won|became|began|made|remains|remained|[a-z]{3,}ed)\s)")]
    private static partial Regex MainVerbAfterComma();

    [GeneratedRegex(@"\s*\((?=(?:which|who)\b)[^)]*\)")]
    private static partial Regex BracketedRelative();
}
