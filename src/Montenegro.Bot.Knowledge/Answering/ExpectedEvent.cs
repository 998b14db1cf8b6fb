using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "When did North Macedonia become a NATO member?" asks what happened, and a text that states it only as expected ("NATO had
/// decided that Montenegro would join NATO at the same time as Macedonia") never says it did. Where every mention of the one
/// the question asks about stands in a clause after an expectation word, or right before one ("Macedonia would join"), the
/// text tells of an expectation, not the event. Questions about what someone said or expected are left be.
/// </summary>
internal static partial class ExpectedEvent
{
    /// <summary>Whether <paramref name="text"/> states the asked event of the question's subject as more than expected.</summary>
    public static bool Fits(Question question, string text)
    {
        if (question.Knowledge is not { } knowledge || !AsksWhatHappened(question, knowledge))
        {
            return true;
        }

        var expectation = question.Lexicon.Words(Cue.ExpectedOnly);
        // Only of "when": for "did it happen?" the text that tells it was only expected is the evidence of the answer.
        if (question.WordList is ["when", ..] && DeedOnlyExpected(question, knowledge, text, expectation))
        {
            return false;
        }

        if (Subject(question) is not { } subject)
        {
            return true;
        }

        var mentions = knowledge.Recognizer.Recognize(text).Where(m => m.Entity.Id == subject.Id).Select(m => m.Text).Distinct().ToList();
        var clauses = ClausePattern().Split(text).Where(clause => mentions.Any(name => Actors(clause, name).Any())).ToList();
        return clauses.Count == 0 || clauses.Any(clause => mentions.Any(name => NamedAsFact(clause, name, expectation)));
    }

    // "When was Montenegro invited to become a NATO member?": where the text tells the asked deed ("invited") only after an
    // expectation word in the same clause ("expected Montenegro to be invited at NATO's 2014 summit"), it tells what was
    // expected, not that it happened, whoever the question's first name is.
    private static bool DeedOnlyExpected(Question question, KnowledgeBase knowledge, string text, IReadOnlySet<string> expectation)
    {
        var verbs = question.PredicateIds.Select(knowledge.Predicates.Find).OfType<Extraction.Predicate>()
            .SelectMany(p => p.VerbPhrases).Where(v => !v.Contains(' ', StringComparison.Ordinal) && !v.Contains('*', StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var told = false;
        foreach (var clause in ClausePattern().Split(text))
        {
            var words = WordPattern().Matches(clause.ToLowerInvariant()).Select(w => w.Value).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                if (!verbs.Contains(words[i]))
                {
                    continue;
                }

                if (!words.Take(i).Any(expectation.Contains))
                {
                    return false;
                }

                told = true;
            }
        }

        return told;
    }

    // The mentions of a name that may do a deed: not one qualifying a noun after "the" ("the Macedonia naming dispute").
    private static IEnumerable<Match> Actors(string clause, string name) =>
        NameMatches(clause, name).Where(m => !(ArticleBefore().IsMatch(clause[..m.Index]) && LowerWordAfter().IsMatch(clause[(m.Index + m.Length)..])));

    [GeneratedRegex(@"\bthe\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleBefore();

    [GeneratedRegex(@"^\s+\p{Ll}")]
    private static partial Regex LowerWordAfter();

    // "When did X ...", "did X ...": a question of what happened, not of what was said or expected ("when did he say
    // Montenegro would become a target"), which an expectation's text may answer.
    private static bool AsksWhatHappened(Question question, KnowledgeBase knowledge)
    {
        var words = question.WordList;
        var happened = words is ["when", "did" or "was" or "were" or "has" or "have", ..] or ["did" or "has" or "have", ..];
        return happened
            && !words.Any(question.Lexicon.Words(Cue.ExpectedOnly).Contains)
            && !question.PredicateIds.Any(id => knowledge.Predicates.Find(id)?.IsReporting == true);
    }

    // The one whose deed is asked about: the first name in the question after its auxiliary.
    private static Entities.Entity? Subject(Question question) =>
        question.Entities
            .Select(m => (m.Entity, At: question.Text.IndexOf(m.Text, StringComparison.OrdinalIgnoreCase)))
            .Where(m => m.At >= 0)
            .OrderBy(m => m.At)
            .Select(m => m.Entity)
            .FirstOrDefault();

    // Whether some mention of the name in the clause is stated as fact: no expectation word before it in the clause, and
    // none right after it ("Macedonia would join").
    private static bool NamedAsFact(string clause, string name, IReadOnlySet<string> expectation) =>
        Actors(clause, name).Any(m =>
        {
            var before = WordPattern().Matches(clause[..m.Index].ToLowerInvariant()).Select(w => w.Value);
            var after = WordPattern().Matches(clause[(m.Index + m.Length)..].ToLowerInvariant()).Select(w => w.Value).Take(WordsBeforeVerb);
            return !before.Any(expectation.Contains) && !after.Any(expectation.Contains);
        });

    // A subject's modal comes within a word or two of it ("Macedonia would", "Macedonia itself would").
    private const int WordsBeforeVerb = 2;

    // Through the static Regex methods, whose cache keeps the few names' patterns built once rather than per candidate text.
    private static MatchCollection NameMatches(string clause, string name) =>
        Regex.Matches(clause, $@"\b{Regex.Escape(name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Clauses: sentences and the parts commas, colons and semicolons set apart.
    [GeneratedRegex(@"[.;:,!?](?:\s+|$)")]
    private static partial Regex ClausePattern();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
