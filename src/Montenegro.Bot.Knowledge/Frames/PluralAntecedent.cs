using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// The name a subject "they" stands for: "when did they open an embassy in Podgorica?" after "when were diplomatic relations
/// between China and Montenegro confirmed?" asks when China did. A pronoun stands for someone the last question named, not for
/// the whole of that question, whose words ("were relations confirmed") would then be asked again and carried on into every
/// later follow-up built on this one.
/// </summary>
internal static partial class PluralAntecedent
{
    private const string Home = "montenegro";

    /// <summary>
    /// The follow-up with its subject "they" (and "their") as the one country or body the last question named and the
    /// follow-up does not; null when the last question asked for names of its own ("which senators visited?", whose "they"
    /// are the people answered), named none, only Montenegro or several, or named them only as a quality ("Russian diplomats").
    /// </summary>
    public static string? Resolve(string english, string previous, KnowledgeBase knowledge)
    {
        var pronoun = SubjectThey().Match(english);
        if (!pronoun.Success)
        {
            return null;
        }

        var prevQuestion = Question.Parse(previous, knowledge);
        // "Which US senators visited?", "how many diplomats were expelled?": "they" are the ones the answer gave.
        if (prevQuestion.Has(Cue.Who) || ConversationSubject.AsksWhichName(prevQuestion) || AsksForNames().IsMatch(previous))
        {
            return null;
        }

        var own = Question.Parse(english, knowledge).Entities.Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        var named = knowledge.Recognizer.Recognize(previous)
            .Where(m => !own.Contains(m.Entity.Id) && m.Entity.Type is EntityType.Country or EntityType.Organisation)
            .Where(m => knowledge.CountryOfAdjective(m.Text.ToLowerInvariant()) != m.Entity.Id)
            .Where(m => !DescribesGroup(previous, m.Text, knowledge))
            .Select(m => m.Entity).DistinctBy(e => e.Id).ToList();
        // Montenegro, which every question is about, is no antecedent to tell apart from the rest ("when did they get it?"
        // after Montenegro applied for something is about what it applied for, which a name alone loses).
        // Nor is a name after Montenegro when Montenegro comes first, as the subject ("when did Montenegro apply for a NATO
        // Membership Action Plan?": "they" are not NATO).
        var others = named.Where(e => e.Id != Home).ToList();
        if (others.Count != 1 || others[0] is not { } antecedent || named[0].Id == Home)
        {
            return null;
        }

        var text = SubjectThey().Replace(english, antecedent.Name, 1);
        return Possessive().Replace(text, antecedent.Name + "'s");
    }

    /// <summary>
    /// Whether a name stands directly before a plural noun of people in a question ("US senators", "EU officials"): there it
    /// says whose the group is, as "Russian diplomats" does, and the group is what "they" stands for, not the country.
    /// </summary>
    private static bool DescribesGroup(string question, string name, KnowledgeBase knowledge)
    {
        var groups = knowledge.Lexicon.Words(Cue.PeopleGroup);
        return Regex.Matches(question, $@"(?<![\w.]){Regex.Escape(name)}\s+(\w+)", RegexOptions.IgnoreCase)
            .Any(m => groups.Contains(m.Groups[1].Value.ToLowerInvariant()));
    }

    // "they" before a verb or an auxiliary, not at the end ("who were they") nor as an object.
    [GeneratedRegex(@"(?<=\b(?:did|do|does|will|would|have|had|were|are|can|could)\s+)they\b(?=\s+\w)", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectThey();

    [GeneratedRegex(@"\btheir\b", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    // A question asking for names or a count of its own: "which senators", "whom", "how many diplomats".
    [GeneratedRegex(@"^\s*(?:which|who|whom|whose|how\s+many|how\s+much)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForNames();
}
