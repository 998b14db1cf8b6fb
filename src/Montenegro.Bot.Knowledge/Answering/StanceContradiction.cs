using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The verdict on a yes/no question that asks whether someone was for or against something ("was the Democratic Front
/// against the resolution?", "did members of the Democratic Front back it?"), from the evidence sentence that names the
/// same party and states its stance ("It was supported by … members of the pro-Russian Democratic Front"): "Yes." when the
/// stances agree, "No." when they are opposite. A sentence that states both stances ("44 in favour, five against"), names
/// no party of the question's, or negates, settles nothing; nor does evidence that leaves out what the stance is about.
/// </summary>
internal static partial class StanceContradiction
{
    /// <summary>"Yes." or "No." when the evidence states the named party's stance, otherwise null.</summary>
    public static string? Verdict(Question question, Answer answer, KnowledgeBase knowledge)
    {
        var lexicon = question.Lexicon;
        if (question.Has(Cue.Negation) || AskedStance(question.WordList, lexicon) is not { } asked)
        {
            return null;
        }

        var stated = EvidenceSentences.Of(answer)
            .Where(sentence => NamesAPartyOf(question, sentence))
            .Select(sentence => StatedStance(EvidenceSentences.Words(sentence), lexicon))
            .Where(stance => stance is not null)
            .Distinct()
            .ToList();
        if (stated.Count != 1 || !StatesTheRest(question, answer, knowledge))
        {
            return null;
        }

        return stated[0] == asked ? "Yes." : "No.";
    }

    // For (true) or against (false), when the words take exactly one side.
    internal static bool? AskedStance(IReadOnlyList<string> words, Lexicon lexicon)
    {
        var isFor = EvidenceSentences.Has(words, Cue.StanceFor, lexicon);
        var isAgainst = EvidenceSentences.Has(words, Cue.StanceAgainst, lexicon);
        return isFor == isAgainst ? null : isFor;
    }

    internal static bool? StatedStance(IReadOnlyList<string> words, Lexicon lexicon) =>
        EvidenceSentences.Has(words, Cue.Negation, lexicon) ? null : AskedStance(words, lexicon);

    // A party the sentence names by a capitalised name of two words or more that the question names too, whole or in part:
    // "Democratic Front" of "the pro-Russian Democratic Front", "Andria Mandic" of "Parliament Speaker Andria Mandic".
    internal static bool NamesAPartyOf(Question question, string sentence)
    {
        var asked = " " + string.Join(" ", EvidenceSentences.Words(question.Text)) + " ";
        return ProperName().Matches(sentence)
            .Select(m => EvidenceSentences.Words(m.Value))
            .Any(name => name.Zip(name.Skip(1)).Any(pair => asked.Contains($" {pair.First} {pair.Second} ", StringComparison.Ordinal)));
    }

    // Everything else the question asks (the resolution, the mission) is stated by the evidence: the stance is on that. An
    // entity the question names may instead be the subject of the document the sentence comes from ("a referendum on NATO"
    // of a sentence in "Montenegro–NATO relations"), which its sentences need not repeat.
    private static bool StatesTheRest(Question question, Answer answer, KnowledgeBase knowledge)
    {
        var stanceWords = question.Lexicon.Words(Cue.StanceFor).Concat(question.Lexicon.Words(Cue.StanceAgainst)).ToHashSet(StringComparer.Ordinal);
        var lead = knowledge.Analyzer.Terms(answer.Text.Split("\n", 2)[0]).ToHashSet(StringComparer.Ordinal);
        var subjects = DocumentSubjectTerms(question, answer, knowledge);
        var rest = question.ContentTerms.Where(t => !stanceWords.Contains(t)).ToList();
        return rest.Count > 0 && rest.Any(t => !subjects.Contains(t))
            && rest.All(t => lead.Contains(t) || subjects.Contains(t) || stanceWords.Any(w => knowledge.Analyzer.Terms(w).Contains(t)));
    }

    // The terms of the names of the question's entities that the answer's source documents are titled by (the document part
    // of a title, before its section).
    private static HashSet<string> DocumentSubjectTerms(Question question, Answer answer, KnowledgeBase knowledge)
    {
        var documents = answer.Sources.Select(s => s.Title.Split('›', 2)[0]).ToList();
        var titled = documents.SelectMany(d => knowledge.Recognizer.Recognize(d)).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        return question.Entities.Where(m => titled.Contains(m.Entity.Id))
            .SelectMany(m => knowledge.NameTermsOf(m.Entity)).SelectMany(terms => terms)
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+")]
    internal static partial Regex ProperName();
}
