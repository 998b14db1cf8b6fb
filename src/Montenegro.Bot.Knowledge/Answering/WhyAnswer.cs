using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Whether a statement offered for a "why" question says anything beyond the event asked about: a cause needs words of its
/// own. A statement whose words are all the question's, but for a verb put otherwise and its date, restates the event; one
/// that tells the event only in passing, in a clause about someone it describes ("Montenegro refused to extradite Senin, …
/// who had fled Russia in 2017"), tells of another event, and its words are that event's, not a cause of the one asked.
/// </summary>
internal static partial class WhyAnswer
{
    /// <summary>Whether the first paragraph of <paramref name="text"/> holds enough words the question lacks to carry a cause.</summary>
    public static bool SaysMoreThanAsked(Question question, string text, KnowledgeBase knowledge)
    {
        var statement = text.Split("\n\n", 2)[0];
        if (ToldInPassing(question, statement, knowledge))
        {
            return false;
        }

        var months = Enumerable.Range(1, 12)
            .SelectMany(m => knowledge.Analyzer.Terms(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)))
            .ToHashSet(StringComparer.Ordinal);
        var own = knowledge.Analyzer.Terms(statement)
            .Where(t => !t.Any(char.IsAsciiDigit) && !months.Contains(t) && !question.Covers(t, question.TermSet))
            .Distinct(StringComparer.Ordinal)
            .Count();
        return own >= MinOwnTerms;
    }

    /// <summary>
    /// Whether the first paragraph of <paramref name="text"/> tells, in words of its own, something that could be a cause
    /// without a reason marker: what came before ("after the annexation", "who had fled Russia") or a view someone holds
    /// ("claims it cannot afford", "called the elections a plebiscite"). What went with the event or followed it ("it was
    /// supported by ...", "which was granted in 2009", "and supports a referendum") explains nothing.
    /// </summary>
    public static bool TellsPriorOrView(Question question, string text)
    {
        var statement = text.Split("\n\n", 2)[0];
        var words = EvidenceSentences.Words(statement);
        return BackgroundClause().IsMatch(statement)
            || EvidenceSentences.Has(words, Language.Cue.After, question.Lexicon) || EvidenceSentences.Has(words, Language.Cue.ReasonView, question.Lexicon);
    }

    /// <summary>
    /// Whether the question asks why something mattered as a thing of some kind ("why was the Membership Action Plan an
    /// important step?") and the first paragraph of <paramref name="text"/> calls it, in a clause set beside its name, by that
    /// kind ("a Membership Action Plan, the final step in an application for membership"): what the sources make of it is
    /// why it mattered. The kind is the noun right after the word of significance; a question without one is not read so.
    /// </summary>
    public static bool CallsItAsAsked(Question question, string text)
    {
        var words = EvidenceSentences.Words(question.Text);
        var kinds = EvidenceSentences.PhraseStarts(words, Language.Cue.Significance, question.Lexicon)
            .Select(p => p.Start + p.Length)
            .Where(i => i < words.Count && !question.Lexicon.Words(Language.Cue.Significance).Contains(words[i]))
            .Select(i => words[i])
            .ToHashSet(StringComparer.Ordinal);
        if (kinds.Count == 0)
        {
            return false;
        }

        var statement = text.Split("\n\n", 2)[0];
        return Appositive().Matches(statement).Any(m => EvidenceSentences.Words(m.Value).Any(kinds.Contains));
    }

    /// <summary>
    /// Whether the question asks why something matters ("why is the 1999 bombing relevant to NATO?") and the first paragraph of
    /// <paramref name="text"/> states that thing in the question's own words together with a word of significance of its
    /// own ("form a crucial part of the opposition to NATO membership"): the part the sources give it is why it matters.
    /// </summary>
    public static bool TellsItsWeight(Question question, string text, KnowledgeBase knowledge)
    {
        var lexicon = question.Lexicon;
        if (!question.Has(Language.Cue.Significance))
        {
            return false;
        }

        var statement = text.Split("\n\n", 2)[0];
        var weighs = lexicon.Words(Language.Cue.Significance).SelectMany(knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);
        var stated = knowledge.Analyzer.Terms(statement).ToHashSet(StringComparer.Ordinal);
        var subject = question.PredicateTerms.Where(t => !weighs.Contains(t)).ToList();
        return subject.Count > 0 && subject.All(stated.Contains) && EvidenceSentences.Has(EvidenceSentences.Words(statement), Language.Cue.Significance, lexicon);
    }

    // A clause set beside a name after a comma, opening with an article: ", the final step in an application".
    [GeneratedRegex(@",\s+(?:the|an?)\s+[^,;.]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Appositive();

    // A cause is a clause of its own: one word the question lacks is its verb put otherwise ("transformed" for "turn").
    private const int MinOwnTerms = 3;

    /// <summary>
    /// Whether what the question asks of its subject ("fled Russia in 2017") is stated only in a clause that describes the
    /// subject as the object of another deed ("…, who had fled Russia in 2017"), giving no reason of its own: the clause holds
    /// words of the question the rest of the statement lacks, and no word the question uses for its deed (not a name) is
    /// stated outside the clause alone. The other deed's words ("refused to extradite") are no cause of the one asked.
    /// </summary>
    public static bool ToldInPassing(Question question, string statement, KnowledgeBase knowledge)
    {
        var clauses = BackgroundClause().Matches(statement);
        if (clauses.Count == 0)
        {
            return false;
        }

        var names = NameWord().Matches(question.Text).SelectMany(m => knowledge.Analyzer.Terms(m.Value)).ToHashSet(StringComparer.Ordinal);
        var deed = question.ContentTerms.Where(t => !names.Contains(t) && !knowledge.Index.IsProperTerm(t)).ToList();
        var questionWords = EvidenceSentences.Words(question.Text).Where(w => knowledge.Analyzer.Terms(w).Count > 0).ToHashSet(StringComparer.Ordinal);
        foreach (Match clause in clauses)
        {
            if (FactStrategy.GivesReason(question, clause.Value))
            {
                continue;
            }

            var rest = statement[..clause.Index] + " " + statement[(clause.Index + clause.Length)..];
            var restWords = EvidenceSentences.Words(rest).ToHashSet(StringComparer.Ordinal);
            if (!EvidenceSentences.Words(clause.Value).Any(w => questionWords.Contains(w) && !restWords.Contains(w)))
            {
                continue;
            }

            var inside = knowledge.Analyzer.Terms(clause.Value).ToHashSet(StringComparer.Ordinal);
            var outside = knowledge.Analyzer.Terms(rest).ToHashSet(StringComparer.Ordinal);
            if (!deed.Any(t => question.Covers(t, outside) && !question.Covers(t, inside)))
            {
                return true;
            }
        }

        return false;
    }

    // A name the question gives: a capitalised word after its first (a name the sources use is known in lower case too).
    [GeneratedRegex(@"(?<=\S\s+)\p{Lu}[\p{L}-]*")]
    private static partial Regex NameWord();

    // A relative clause in the perfect, told as background: "who had fled Russia in 2017", up to the next comma, "and" or stop.
    [GeneratedRegex(@"\b(?:who|which)\s+(?:had|has|have)\s+(?:been\s+)?[^,;.]*?(?=,|;|\.|\s+and\s+|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackgroundClause();
}
