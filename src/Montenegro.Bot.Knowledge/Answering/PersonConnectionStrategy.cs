using Montenegro.Bot.Knowledge.Extraction;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Radomir Sekulović, what's his connection to this story?", "how is Vojvodić involved?", "what role does Zaytsev play
/// here?": a question that names one person the sources give a role and asks only how he or she comes into them, answered
/// by the sentence that names the person with that role, as "who is" would be. Any other word of the question ("his
/// salary", "his link to China") must be said by that sentence, or the question is left to the other paths; a name the
/// sources never give a role is no one they tell of.
/// </summary>
internal sealed class PersonConnectionStrategy(AnswerComposer composer) : IAnswerStrategy
{
    // A surname shorter than this ("Li") is too often part of another word or name to pick out a person.
    private const int MinNameWordLength = 4;

    private static readonly Cue[] OtherAsks = [Cue.When, Cue.Where, Cue.Why, Cue.Count, Cue.HowMuch, Cue.Duration];

    private readonly Lazy<HashSet<string>> _connectionTerms = new(() => ConnectionTerms(composer.Knowledge));

    public Answer? TryAnswer(Question question)
    {
        // "On what date was Senin granted asylum?", "why is he linked to it?": a date, place, cause or number asked is not who
        // the person is, though the sentence names the person.
        if (question.StartsWith(Cue.YesNo) || OtherAsks.Any(question.Has))
        {
            return null;
        }

        var knowledge = composer.Knowledge;
        var words = question.WordList.Select(TextFolding.FoldToAscii).ToHashSet(StringComparer.Ordinal);
        var people = knowledge.Facts
            .Where(f => f.Predicate == FactExtractor.PersonPredicate && NameWords(f).Any(words.Contains))
            .GroupBy(PersonName, StringComparer.Ordinal)
            .ToList();
        if (people.Count != 1)
        {
            return null;
        }

        // The words the question says beside the person's name and the names of states and bodies ask only how the person
        // comes in, or are said by the sentence that names them.
        var facts = people[0].ToList();
        var nameTerms = knowledge.Analyzer.Terms(people[0].Key).Concat(question.Entities.SelectMany(m => knowledge.Analyzer.Terms(m.Text)))
            .ToHashSet(StringComparer.Ordinal);
        var others = question.ContentTerms.Where(t => !nameTerms.Contains(t) && !_connectionTerms.Value.Contains(t)).ToList();
        var named = question.Entities.Select(m => m.Entity.Id).Where(id => id is not ("montenegro" or "nato")).ToList();
        var fact = facts.FirstOrDefault(f => StatesAll(f, others, named));
        return fact is null ? null : composer.FromFacts(fact.Topic, fact.Label, [fact], question);
    }

    // The sentence of the fact says every other word asked and names every state or body the question names.
    private bool StatesAll(Fact fact, IReadOnlyList<string> others, IReadOnlyList<string> named)
    {
        var knowledge = composer.Knowledge;
        var terms = knowledge.Analyzer.Terms(fact.Statement).ToHashSet(StringComparer.Ordinal);
        var entities = knowledge.Recognizer.Recognize(fact.Statement).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        return others.All(terms.Contains) && named.All(entities.Contains);
    }

    // A person fact is titled "Name, role".
    private static string PersonName(Fact fact) => fact.Label.Split(", ", 2)[0];

    // The words of the person's name that pick the person out, folded as a question's words are read.
    private static IEnumerable<string> NameWords(Fact fact) =>
        PersonName(fact).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => TextFolding.FoldToAscii(w).ToLowerInvariant())
            .Where(w => w.Length >= MinNameWordLength);

    // The words that ask how a person comes in, as the analyzer reads them.
    private static HashSet<string> ConnectionTerms(KnowledgeBase knowledge) =>
        knowledge.Analyzer.Terms(string.Join(' ', knowledge.Lexicon.Words(Cue.PersonConnection))).ToHashSet(StringComparer.Ordinal);
}
