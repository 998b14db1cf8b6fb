using System.Collections.Concurrent;
using Lucene.Net.Analysis.TokenAttributes;

namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// Picks the sentence(s) of a passage that best match a question, using the same analyzer as the
/// index. The excerpt is plain text: which of its words matched is found by Lucene's highlighter
/// (<see cref="PassageHighlighter"/>) in the excerpt as finally shown.
/// </summary>
public sealed class ExcerptSelector(KnowledgeAnalyzer analyzer, KnowledgeIndex index)
{
    /// <summary>Longest excerpt returned, in characters.</summary>
    public const int MaxLength = 600;

    // Passages never change: each is split and analyzed once, the first time it is cited.
    private readonly ConcurrentDictionary<string, AnalyzedSentence[]> _prepared = new(StringComparer.Ordinal);

    /// <summary>The best excerpt of passage <paramref name="passageId"/> (whose text is <paramref name="text"/>) for <paramref name="questionTerms"/>, and the question terms it covers.</summary>
    public (string Excerpt, IReadOnlySet<string> Covered) Select(string passageId, string text, IReadOnlyCollection<string> questionTerms) =>
        Select(passageId, text, questionTerms, null);

    /// <summary>
    /// As <see cref="Select(string, string, IReadOnlyCollection{string})"/>, from the sentences <paramref name="accept"/>
    /// allows only (when given), and only a sentence sharing a question term: an empty excerpt when none does.
    /// </summary>
    public (string Excerpt, IReadOnlySet<string> Covered) Select(string passageId, string text, IReadOnlyCollection<string> questionTerms, Func<string, bool>? accept)
    {
        var sentences = _prepared.GetOrAdd(passageId, _ => Analyze(text));
        if (sentences.Length == 0)
        {
            return (string.Empty, new HashSet<string>());
        }

        var wanted = questionTerms as IReadOnlySet<string> ?? questionTerms.ToHashSet(StringComparer.Ordinal);
        var bestIndex = -1;
        var bestScore = accept is null ? -1.0 : 0.0;
        for (var i = 0; i < sentences.Length; i++)
        {
            if (accept is not null && !accept(sentences[i].Text))
            {
                continue;
            }

            var score = 0.0;
            foreach (var term in sentences[i].DistinctTerms)
            {
                if (wanted.Contains(term))
                {
                    score += index.Idf(term);
                }
            }

            if (score > bestScore)
            {
                bestScore = score;
                bestIndex = i;
            }
        }

        if (bestIndex < 0)
        {
            return (string.Empty, new HashSet<string>());
        }

        // Add the neighbouring sentence when it covers question terms the best one misses.
        var covered = Matched(sentences[bestIndex], wanted);
        var chosen = new List<int>(2) { bestIndex };
        foreach (var neighbour in new[] { bestIndex + 1, bestIndex - 1 })
        {
            if (neighbour < 0 || neighbour >= sentences.Length || (accept is not null && !accept(sentences[neighbour].Text)))
            {
                continue;
            }

            var more = Matched(sentences[neighbour], wanted);
            if (more.Any(t => !covered.Contains(t)))
            {
                chosen.Add(neighbour);
                covered.UnionWith(more);
                break;
            }
        }

        chosen.Sort();
        var excerpt = string.Join(" ", chosen.Select(i => sentences[i].Text));
        return (Shorten(excerpt), covered);
    }

    private static HashSet<string> Matched(AnalyzedSentence sentence, IReadOnlySet<string> wanted)
    {
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in sentence.DistinctTerms)
        {
            if (wanted.Contains(term))
            {
                matched.Add(term);
            }
        }

        return matched;
    }

    private AnalyzedSentence[] Analyze(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var analyzed = new AnalyzedSentence[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i].Sentence;
            var terms = new HashSet<string>(StringComparer.Ordinal);
            using (var stream = analyzer.GetTokenStream("text", sentence))
            {
                var term = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    terms.Add(term.ToString());
                }

                stream.End();
            }

            analyzed[i] = new AnalyzedSentence(sentence, [.. terms]);
        }

        return analyzed;
    }

    private sealed record AnalyzedSentence(string Text, string[] DistinctTerms);

    private static string Shorten(string excerpt)
    {
        if (excerpt.Length <= MaxLength)
        {
            return excerpt;
        }

        var cut = excerpt.LastIndexOf(' ', MaxLength - 1);
        return excerpt[..(cut > 0 ? cut : MaxLength - 1)] + "…";
    }
}
