using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The things other than the accession that the sources say are to be ratified ("the ratification of a security cooperation
/// agreement with Ukraine"). The allies' timeline of ratifications answers for the accession only: a question that names
/// one of these things ("had the security agreement with Ukraine been ratified?") asks about that thing, not the allies.
/// </summary>
internal sealed partial class OtherRatified
{
    private readonly IReadOnlyList<IReadOnlyList<string>> _objects;
    private readonly HashSet<string> _accessionTerms;

    /// <summary>Reads the ratified things the sources' passages name, other than the accession.</summary>
    public OtherRatified(KnowledgeBase knowledge)
    {
        var accession = knowledge.Analyzer.Terms("accession").ToHashSet(StringComparer.Ordinal);
        _accessionTerms = knowledge.Analyzer.Terms("accession protocol treaty membership NATO").ToHashSet(StringComparer.Ordinal);
        _objects = knowledge.Passages
            .SelectMany(p => ObjectPattern().Matches(p.Text))
            .Select(m => (IReadOnlyList<string>)knowledge.Analyzer.Terms(m.Groups["object"].Value)
                .Where(t => !knowledge.Recognizer.Recognize(t).Any()).ToList())
            .Where(terms => terms.Count >= MinObjectTerms && !terms.Any(accession.Contains))
            .ToList();
    }

    /// <summary>
    /// Whether the question names one of those things: most of its words, at least two ("the security cooperation
    /// agreement", "the security agreement"), so a word shared in passing ("agreement") does not count.
    /// </summary>
    public bool NamedIn(Question question) =>
        _objects.Any(terms => terms.Count(question.TermSet.Contains) is var shared && shared >= MinObjectTerms && shared * 2 >= terms.Count)
        || NamedByItsKind(question);

    // "Which agreement is Montenegro supposed to ratify with Ukraine?": the kind of thing one of them is (its last word, an
    // agreement), asked of in a question that names nothing of the accession (its protocol, the treaty, membership, NATO).
    private bool NamedByItsKind(Question question) =>
        !question.TermSet.Overlaps(_accessionTerms) && _objects.Any(terms => question.TermSet.Contains(terms[^1]));

    // A thing is named by two or more words ("security cooperation agreement"); one word is too common to tell it.
    private const int MinObjectTerms = 2;

    // "the ratification of a security cooperation agreement with Ukraine, which ...": the thing, up to the partner, a clause
    // or the end of the sentence.
    [GeneratedRegex(@"\bratification\s+of\s+(?:an?|the)\s+(?<object>[\p{L}\s-]+?)(?=\s+(?:with|by|between|which|that)\b|[,.;:(])", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectPattern();
}
