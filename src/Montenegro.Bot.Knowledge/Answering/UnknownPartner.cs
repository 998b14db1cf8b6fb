namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Does Montenegro have diplomatic relations with Narnia?": the partner of the relations asked about is a name neither the
/// sources nor the entity table know. Another country's relations, or the list of states without them, would answer a
/// question nobody asked, so the question is declined.
/// </summary>
internal static class UnknownPartner
{
    // The words that make a question one about relations with a partner named after "with".
    private static readonly HashSet<string> RelationsWords = new(StringComparer.Ordinal) { "relations", "relationship", "relation", "ties", "diplomacy", "diplomatic" };

    // The most words of a partner's name read after "with" ("the united states of america" needs its first three).
    private const int MaxNameWords = 3;

    /// <summary>Whether the question asks about relations with a partner no source and no entity names.</summary>
    public static bool Asked(Question question)
    {
        if (question.Knowledge is not { } knowledge || !question.WordList.Any(RelationsWords.Contains))
        {
            return false;
        }

        var words = question.WordList;
        var with = words.ToList().IndexOf("with");
        if (with < 0)
        {
            return false;
        }

        // The partner's first word after any article ("with the Vatican").
        var at = with + 1;
        while (at < words.Count && question.Lexicon.Articles.Contains(words[at]))
        {
            at++;
        }

        if (at >= words.Count)
        {
            return false;
        }

        // A word no passage writes, whatever its stem shares with theirs ("Atlantis" is not "Atlantic"), and no entity's name.
        var partner = words[at];
        var terms = knowledge.Analyzer.Terms(partner);
        return terms.Count > 0 && (!knowledge.Index.Vocabulary.Contains(partner) || terms.All(question.UnfamiliarTerms.Contains))
            && !question.Entities.Any(m => m.Text.Split(' ').Any(w => string.Equals(w, partner, StringComparison.OrdinalIgnoreCase)))
            && knowledge.Recognizer.Recognize(string.Join(' ', words.Skip(at).Take(MaxNameWords))).Count == 0;
    }
}
