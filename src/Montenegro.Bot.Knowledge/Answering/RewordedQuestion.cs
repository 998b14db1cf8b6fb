using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// A question put almost wholly in other words than its answer's ("when did the alliance extend its official offer to
/// Podgorica?" for "a formal invitation was issued by the alliance on 2 December 2015"): the words it shares with the passage
/// are too few for any share of it to count as covered, yet the passage is the one retrieval by meaning finds closest to the
/// whole question, retrieval by words finds it too, it states the value the question asks for (a date for "when", a number
/// for "how many") and what it says is close in meaning to the question. Three views that fail in different ways agree.
/// </summary>
internal static partial class RewordedQuestion
{
    /// <summary>
    /// Whether <paramref name="excerpt"/> of passage <paramref name="passageId"/>, covering <paramref name="covered"/> of the
    /// question, answers it in other words. An open question answers to it only when it names a kind of value a text can be
    /// checked for (a person for "who", a figure in per cent for "what share", <see cref="OpenAnswerKind"/>) or one of a
    /// class the text names in the role asked ("which newspaper reported", <see cref="NamedInstance"/>); one naming none
    /// ("what did they do?") is left to the words.
    /// </summary>
    public static bool Answers(Question question, string passageId, IReadOnlySet<string> covered, string excerpt) =>
        question.Knowledge is { } knowledge
        && !question.Has(Cue.FutureLead)
        && !CarriesContext().IsMatch(question.Text)
        && RetrievalAgreement.CoveredWords(question, covered) >= MinCoveredWords
        && !RetrievalAgreement.LeavesOutOrder(question, knowledge, covered)
        && RetrievalAgreement.ClosestInMeaning(question, passageId)
        && NamesOnlyWhatTheSourcesName(question, knowledge)
        && !LacksAPhrase(question, knowledge, covered)
        && StatesWhatIsAsked(question, excerpt)
        && Paraphrase.IsClose(question, excerpt);

    // The value asked for is in the excerpt: a date, a number, a person or a share of the kind the question names, or one of
    // the class it asks for by name ("which newspaper reported", "what was the campaign called") named in that role
    // (NamedInstance: "Dnevne Novine reported"). A text naming no such one says nothing of what is asked, however close.
    private static bool StatesWhatIsAsked(Question question, string excerpt) =>
        (AsksForAKind(question) && (Paraphrase.StatesTheKindAsked(question, excerpt) || OpenAnswerKind.States(question, excerpt)))
        || NamedInstance.Fits(question, question.WordList, excerpt);

    // Besides its names, one word of the question in the text: the rest may be put otherwise, but a text sharing only the
    // names ("the alliance", "Montenegro") is about them, not about what is asked of them.
    private const int MinCoveredWords = 1;

    // "When did Montenegro join the World Trade Organization?": a name no source uses is of something else than any passage
    // tells of, however close in meaning the passage about joining NATO is. A name the sources use ("Podgorica" for the
    // government there) may stand for what the passage names otherwise.
    private static bool NamesOnlyWhatTheSourcesName(Question question, KnowledgeBase knowledge) =>
        NameRun().Matches(question.Text).Where(run => run.Index > 0)
            .Select(run => PossessiveEnd().Replace(run.Value, string.Empty))
            .All(name => knowledge.Writes(name));

    // "when did montenegro join the world trade organization": two words in a row the text lacks, which no source says
    // together, name a thing of their own, not a word put otherwise.
    private static bool LacksAPhrase(Question question, KnowledgeBase knowledge, IReadOnlySet<string> covered)
    {
        // "Which media outlet reported": the class asked for ("media outlet") is what the text answers with a name, not a
        // thing it must speak of.
        var asked = question.WordList is ["which" or "what", ..] ? question.Lexicon.Words(Cue.OutletFocus) : null;
        bool Lacked(string word) => asked?.Contains(word) != true && knowledge.Analyzer.Terms(word) is [_, ..] terms
            && terms.All(t => question.ContentTermSet.Contains(t) && !question.Covers(t, covered));

        // "pick up", "roll up": a verb with its particle is a verb put otherwise, not a thing of its own.
        var particles = question.Lexicon.Words(Cue.VerbParticle);
        var words = question.WordList;
        return Enumerable.Range(0, Math.Max(0, words.Count - 1)).Any(i => Lacked(words[i]) && Lacked(words[i + 1]) && !particles.Contains(words[i + 1])
            && !knowledge.Writes(words[i] + " " + words[i + 1]));
    }

    // A follow-up asked again with the conversation's words in brackets ("when did it join the sanctions (with Russia
    // developed since independence)?"): those words are context, not the question's own words put otherwise, so a passage
    // lacking them is judged on its words alone, and the follow-up's other readings get their turn.
    [GeneratedRegex(@"\([^()]*\)\?$")]
    private static partial Regex CarriesContext();

    // Capitalised words in a row ("World Trade Organization", "OSCE").
    [GeneratedRegex(@"\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*)*")]
    private static partial Regex NameRun();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex PossessiveEnd();

    private static bool AsksForAKind(Question question) =>
        question.Has(Cue.Count) || question.Has(Cue.Duration) || question.StartsWith(Cue.When) || OpenAnswerKind.Asks(question);
}
