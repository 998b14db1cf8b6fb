namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>A sentence of a passage with its words, entities, people, dates and clauses.</summary>
internal sealed class AnalysedSentence
{
    public AnalysedSentence(string text, int offset, EntityLocator locator, PredicateLexicon lexicon, IEnumerable<DateMention> passageDates)
    {
        Text = text;
        Offset = offset;
        Tokens = Token.Split(text);
        People = PersonRoleReader.Find(text, Tokens, lexicon.RoleIndex);
        Mentions = locator.Locate(text, Tokens).Where(m => !OpensAName(m, lexicon)).ToList();
        Dates = passageDates
            .Where(d => d.Start >= offset && d.End <= offset + text.Length)
            .Select(d => d with { Start = d.Start - offset, End = d.End - offset })
            .ToList();
        Clauses = ClauseSplitter.Split(text);
    }

    // "the American Radio Relay League": a demonym before two or more capitalised words that are neither a
    // role nor a person's name is part of another name, not the state.
    private bool OpensAName(LocatedMention mention, PredicateLexicon lexicon)
    {
        var written = Tokens[mention.First].Text;
        var isDemonym = mention.First == mention.Last && !string.Equals(written, mention.Entity.Name, StringComparison.OrdinalIgnoreCase)
            && (written.EndsWith("an", StringComparison.Ordinal) || written.EndsWith("ese", StringComparison.Ordinal) || written.EndsWith("ish", StringComparison.Ordinal));
        if (!isDemonym || People.Any(p => mention.First >= p.First && mention.Last <= p.Last))
        {
            return false;
        }

        var capitalised = 0;
        for (var i = mention.Last + 1; i < Tokens.Count && Text[Tokens[i - 1].End..Tokens[i].Start] == " " && Tokens[i].IsCapitalised; i++)
        {
            if (lexicon.RoleIndex.MatchesAt(Tokens, i, Tokens.Count).Any())
            {
                return false;
            }

            capitalised++;
        }

        return capitalised >= 2;
    }

    /// <summary>The sentence as written.</summary>
    public string Text { get; }

    /// <summary>Where it starts in its passage.</summary>
    public int Offset { get; }

    public List<Token> Tokens { get; }

    public List<LocatedMention> Mentions { get; }

    public List<PersonMention> People { get; }

    /// <summary>Its dates, with offsets in the sentence.</summary>
    public List<DateMention> Dates { get; }

    public List<Clause> Clauses { get; }

    /// <summary>The words of clause <paramref name="clause"/>: first index and the index just past the last.</summary>
    public (int First, int End) TokenRange(int clause)
    {
        var c = Clauses[clause];
        var first = Tokens.FindIndex(t => t.Start >= c.Start);
        if (first < 0)
        {
            return (Tokens.Count, Tokens.Count);
        }

        var end = Tokens.FindIndex(first, t => t.Start >= c.End);
        return (first, end < 0 ? Tokens.Count : end);
    }

    /// <summary>The index of the first word at or after character <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        var index = Tokens.FindIndex(t => t.End > offset);
        return index < 0 ? Tokens.Count : index;
    }

    /// <summary>The clause that holds word <paramref name="token"/>.</summary>
    public int ClauseOf(int token)
    {
        var start = Tokens[token].Start;
        var index = Clauses.FindIndex(c => start >= c.Start && start < c.End);
        return index < 0 ? Clauses.Count - 1 : index;
    }

    /// <summary>The text from word <paramref name="first"/> to word <paramref name="last"/>.</summary>
    public string Span(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];
}
