using System.Text;
using Lucene.Net.Analysis.TokenAttributes;

namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// Picks the sentence(s) of a passage that best match a question, using the same analyzer as the
/// index, and marks the matched words in Discord bold. This is our stand-in for Lucene's highlighter,
/// which the package registry here does not have.
/// </summary>
public sealed class ExcerptSelector(KnowledgeAnalyzer analyzer, KnowledgeIndex index)
{
    /// <summary>Longest excerpt returned, in characters.</summary>
    public const int MaxLength = 600;

    /// <summary>The best excerpt of <paramref name="text"/> for <paramref name="questionTerms"/>, and the question terms it covers.</summary>
    public (string Excerpt, IReadOnlySet<string> Covered) Select(string text, IReadOnlyCollection<string> questionTerms)
    {
        var wanted = questionTerms.ToHashSet(StringComparer.Ordinal);
        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count == 0)
        {
            return (string.Empty, new HashSet<string>());
        }

        var scored = sentences.Select(s => (s.Sentence, Matched: Matches(s.Sentence, wanted))).ToList();
        var bestIndex = 0;
        var bestScore = -1.0;
        for (var i = 0; i < scored.Count; i++)
        {
            var score = scored[i].Matched.Terms.Sum(index.Idf);
            if (score > bestScore)
            {
                bestScore = score;
                bestIndex = i;
            }
        }

        // Add the neighbouring sentence when it covers question terms the best one misses.
        var chosen = new List<int> { bestIndex };
        var covered = new HashSet<string>(scored[bestIndex].Matched.Terms, StringComparer.Ordinal);
        foreach (var neighbour in new[] { bestIndex + 1, bestIndex - 1 })
        {
            if (neighbour < 0 || neighbour >= scored.Count)
            {
                continue;
            }

            if (scored[neighbour].Matched.Terms.Any(t => !covered.Contains(t)))
            {
                chosen.Add(neighbour);
                covered.UnionWith(scored[neighbour].Matched.Terms);
                break;
            }
        }

        chosen.Sort();
        var excerpt = string.Join(" ", chosen.Select(i => Bold(scored[i].Sentence, scored[i].Matched.Spans)));
        return (Shorten(excerpt), covered);
    }

    private (HashSet<string> Terms, List<(int Start, int End)> Spans) Matches(string sentence, HashSet<string> wanted)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var spans = new List<(int, int)>();
        using var stream = analyzer.GetTokenStream("text", sentence);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (wanted.Contains(value))
            {
                terms.Add(value);
                spans.Add((offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return (terms, spans);
    }

    private static string Bold(string sentence, List<(int Start, int End)> spans)
    {
        if (spans.Count == 0)
        {
            return sentence;
        }

        var sb = new StringBuilder(sentence.Length + (spans.Count * 4));
        var position = 0;
        foreach (var (start, end) in spans.OrderBy(s => s.Start))
        {
            if (start < position || end > sentence.Length)
            {
                continue;
            }

            sb.Append(sentence, position, start - position).Append("**").Append(sentence, start, end - start).Append("**");
            position = end;
        }

        sb.Append(sentence, position, sentence.Length - position);

        // Adjacent bold runs read better as one: "**United** **States**" becomes "**United States**".
        return sb.ToString().Replace("** **", " ", StringComparison.Ordinal);
    }

    private static string Shorten(string excerpt)
    {
        if (excerpt.Length <= MaxLength)
        {
            return excerpt;
        }

        var cut = excerpt.LastIndexOf(' ', MaxLength - 1);
        var shortened = excerpt[..(cut > 0 ? cut : MaxLength - 1)];

        // Never leave a bold mark open.
        if (CountOf(shortened, "**") % 2 == 1)
        {
            shortened += "**";
        }

        return shortened + "…";
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
