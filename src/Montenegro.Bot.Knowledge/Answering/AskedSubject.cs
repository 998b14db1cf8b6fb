using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "How did the Russian embassy react to the June vote?", "how did parliament reply to the embassy's criticism?": a question
/// for how someone responded to something is answered only by a text that names who responded. A text about the June vote that never names the
/// embassy, or the embassy's rebuke that never names parliament, tells of another's deed. Montenegro, whom every source is
/// about, need not be named.
/// </summary>
internal static partial class AskedSubject
{
    /// <summary>Whether <paramref name="text"/> names the one whose deed a "how did ..." question asks about.</summary>
    public static bool Fits(Question question, string text)
    {
        if (question.Knowledge is not { } knowledge || Subject(question.WordList) is not { Count: > 0 } subject)
        {
            return true;
        }

        // The question's names that lie in the subject ("Russian", "Montenegro's"): each must be named in the text too.
        var named = question.Entities.Where(m => m.Entity.Id != "montenegro"
            && WordOf().Matches(m.Text.ToLowerInvariant()).All(w => subject.Contains(w.Value))).ToList();
        var inText = knowledge.Recognizer.Recognize(text).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        if (named.Any(m => !inText.Contains(m.Entity.Id)))
        {
            return false;
        }

        // The subject's other words ("embassy", "parliament"), less the names ("Russian", "Montenegro's").
        var nameWords = question.Entities.SelectMany(m => WordOf().Matches(m.Text.ToLowerInvariant()).Select(w => w.Value)).ToHashSet(StringComparer.Ordinal);
        var textTerms = knowledge.Analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);
        return subject.Where(word => !nameWords.Contains(word))
            .SelectMany(word => knowledge.Analyzer.Terms(word))
            .All(textTerms.Contains);
    }

    // "how did the Russian embassy react to ...": the words between the auxiliary and the verb, which is the last word before
    // the first preposition or article, when that is "to": a response to something. Otherwise there is no subject to check.
    private static List<string>? Subject(IReadOnlyList<string> words)
    {
        if (words is not ["how", "did" or "does" or "do" or "has" or "have" or "had" or "will" or "would", ..])
        {
            return null;
        }

        var start = words.Count > 2 && words[2] is "the" or "a" or "an" ? 3 : 2;
        var end = start;
        while (end < words.Count && !Boundary().IsMatch(words[end]))
        {
            end++;
        }

        // Only a response to something ("react to", "reply to"): "how did parliament vote on ..." or "how did support change
        // from ..." asks how a thing went, which the text may tell without naming who did it.
        if (end >= words.Count || end - start < 2 || end - start > MaxSubjectWords + 1 || words[end] != "to")
        {
            return null;
        }

        return words.Skip(start).Take(end - start - 1).ToList();
    }

    // A subject is a short noun phrase ("Montenegro's parliament", "the Russian embassy"); a longer run is no subject.
    private const int MaxSubjectWords = 4;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordOf();

    [GeneratedRegex(@"^(?:to|the|a|an|on|about|with|in|into|at|for|from|of|over|after|before|since|between|among|than|when|during|by|against)$")]
    private static partial Regex Boundary();
}
