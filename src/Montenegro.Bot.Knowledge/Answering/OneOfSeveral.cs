namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Which US senator led the delegation?", "which minister signed the letter?": a question for one of a kind (a singular
/// noun after "which" or "what") that the answer tells of only as several together ("six U.S. Senators ... made an
/// official visit", "the ministers sent a letter") is answered only if the answer also says what the one asked did. When
/// a word the sources use for it ("led", "signed") is not in the answer, the sources name the group and single no one out.
/// </summary>
internal static class OneOfSeveral
{
    // How many words after "which" the noun asked for may stand ("which US senator", "what NATO member state").
    private const int MaxNounOffset = 3;

    /// <summary>
    /// The noun of one that <paramref name="question"/> asks for and <paramref name="answer"/> names only as several of, without
    /// saying what that one did; null when the question asks no such thing or the answer says it.
    /// </summary>
    public static string? Of(Question question, Answer answer, KnowledgeBase knowledge)
    {
        // A choice between named ones ("which poll, May or June?") is settled by comparing them, not by what one did.
        var words = question.WordList;
        if (!answer.Answered || words.Count < 3 || words[0] is not ("which" or "what") || question.Has(Language.Cue.Alternative))
        {
            return null;
        }

        // The answer's lead statement, not its first sentence: "six U.S. Senators" is cut at an abbreviation's stop. The several
        // are counted ("six U.S. Senators"): a plural alone ("the polls", "ministers") may be one of each of several kinds.
        var answerWords = EvidenceSentences.Words(answer.Text.Split('\n', 2)[0]);
        var counts = question.Lexicon.Words(Language.Cue.NumberWord);
        var noun = words.Skip(1).Take(MaxNounOffset).FirstOrDefault(w => !w.EndsWith('s') && !answerWords.Contains(w)
            && CountedPlural(answerWords, w, counts));
        if (noun is null)
        {
            return null;
        }

        // What the one asked did, in words the sources use: one of them missing from the answer and from the passages it
        // quotes (which may single one out in words the excerpt leaves out) is what singles it out. A count or a year ("the
        // last of the five", "in 2006") sets the scene, and a name picks one out by who it is, which the answer may say
        // otherwise ("from Florida" of "Mel Martinez (R-FL)"): neither singles out by a deed.
        var said = knowledge.Analyzer.Terms(answer.Text).Concat(answer.Sources.SelectMany(source => knowledge.Index.TermsOf(source.Id)))
            .ToHashSet(StringComparer.Ordinal);
        var nounTerms = knowledge.Analyzer.Terms(noun).ToHashSet(StringComparer.Ordinal);
        var names = RetrievalAgreement.NameTerms(question, knowledge);
        var unsaid = question.PredicateTerms.Any(t => !nounTerms.Contains(t) && !names.Contains(t) && !question.UnfamiliarTerms.Contains(t)
            && !counts.Contains(t) && !t.All(char.IsAsciiDigit) && !question.Covers(t, said));
        return unsaid ? noun : null;
    }

    // Whether a plural of the noun follows a count within a few words ("six U.S. Senators", "11 member states").
    private static bool CountedPlural(IReadOnlyList<string> words, string noun, IReadOnlySet<string> counts)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (PluralsOf(noun).Contains(words[i]) && words.Skip(Math.Max(0, i - MaxNounOffset)).Take(Math.Min(i, MaxNounOffset))
                    .Any(w => counts.Contains(w) || (w.Length > 0 && w.All(char.IsAsciiDigit) && w != "1")))
            {
                return true;
            }
        }

        return false;
    }

    // The noun's plurals, and nothing else: the inflection base (Inflection.BaseOf) also undoes "-ing" and "-ed", so
    // "2016 aiming" would read as a counted plural of "aim".
    private static string[] PluralsOf(string noun) =>
        noun.EndsWith('y') ? [noun + "s", noun[..^1] + "ies"] : [noun + "s", noun + "es"];
}
