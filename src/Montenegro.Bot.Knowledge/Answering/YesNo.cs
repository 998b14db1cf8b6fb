using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The verdict on a yes/no question from the evidence that answers it: "Yes." when the evidence states
/// everything the question asks (every content word, name and number); "No." when the question names
/// an ordinal or number the evidence contradicts with another of the same kind ("the 30th member" where
/// the source says 29th); otherwise no verdict, and the evidence speaks for itself.
/// </summary>
internal static partial class YesNo
{
    private const double FullCoverage = 0.95;

    public static string? Verdict(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (answer.Text.StartsWith("Yes", StringComparison.Ordinal) || answer.Text.StartsWith("No", StringComparison.Ordinal))
        {
            return null;
        }

        var evidence = answer.Text + " " + string.Join(" ", answer.Sources.Select(s => s.PlainExcerpt));
        var numbers = Number().Matches(question.Text).Select(m => m.Value).ToList();
        var missing = numbers.Where(n => !Regex.IsMatch(evidence, $@"\b{Regex.Escape(n)}\b", RegexOptions.None, TimeSpan.FromSeconds(1))).ToList();
        if (missing.Count > 0)
        {
            // A different ordinal or count where the question has one: the evidence says otherwise.
            var ordinalAsked = missing.Any(n => n.EndsWith("st", StringComparison.Ordinal) || n.EndsWith("nd", StringComparison.Ordinal) || n.EndsWith("rd", StringComparison.Ordinal) || n.EndsWith("th", StringComparison.Ordinal));
            return ordinalAsked && Ordinal().IsMatch(evidence) ? "No." : null;
        }

        if (question.Has(Language.Cue.Negation))
        {
            return null;
        }

        var terms = knowledge.Analyzer.Terms(evidence).ToHashSet(StringComparer.Ordinal);
        var entitiesNamed = question.Entities.All(m => knowledge.Recognizer.Recognize(evidence).Any(e => e.Entity.Id == m.Entity.Id));
        return entitiesNamed && Coverage.Of(question.ContentTerms, terms, knowledge.Index) >= FullCoverage ? "Yes." : null;
    }

    [GeneratedRegex(@"\b[0-9]+(?:st|nd|rd|th)?\b")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b[0-9]+(?:st|nd|rd|th)\b")]
    private static partial Regex Ordinal();
}
