using Lucene.Net.Search.Highlight;

namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// Finds the words of a quoted text that match a question, with Lucene's highlighter: the text is analyzed by the
/// index's own <see cref="KnowledgeAnalyzer"/> and scored by a <see cref="QueryScorer"/> over the same query retrieval
/// searches with (<see cref="LuceneTermQuery"/>), so stems, synonyms and acronyms match exactly as they did when the
/// passage was found. The result is offsets, not markup.
/// </summary>
public sealed class PassageHighlighter(KnowledgeAnalyzer analyzer)
{
    /// <summary>
    /// The spans of <paramref name="text"/> that match <paramref name="questionTerms"/> (analyzed terms), in order and
    /// not overlapping. Highlighting is decoration: if it fails on any input, the text simply has no spans.
    /// </summary>
    public IReadOnlyList<HighlightSpan> Spans(string text, IReadOnlyCollection<string> questionTerms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(questionTerms);
        if (text.Length == 0 || questionTerms.Count == 0)
        {
            return [];
        }

        try
        {
            var recorder = new SpanRecorder(text.Length);
            var highlighter = new Highlighter(recorder, new QueryScorer(LuceneTermQuery.For(questionTerms), LuceneSchema.TextField))
            {
                // One fragment, the whole text: we want every match in it, not the best snippet.
                TextFragmenter = new NullFragmenter(),
                MaxDocCharsToAnalyze = text.Length,
            };
            using var tokens = analyzer.GetTokenStream(LuceneSchema.TextField, text);
            highlighter.GetBestFragment(tokens, text);
            return recorder.Spans;
        }
#pragma warning disable CA1031 // Any failure of the highlighter costs the bold marks, never the answer.
        catch (Exception)
#pragma warning restore CA1031
        {
            return [];
        }
    }

    /// <summary>A formatter that writes nothing and remembers where the scored token groups are.</summary>
    private sealed class SpanRecorder(int textLength) : IFormatter
    {
        private readonly List<HighlightSpan> _spans = [];

        public IReadOnlyList<HighlightSpan> Spans => _spans;

        public string HighlightTerm(string originalText, TokenGroup tokenGroup)
        {
            if (tokenGroup.TotalScore > 0)
            {
                var start = Math.Max(tokenGroup.StartOffset, _spans.Count > 0 ? _spans[^1].End : 0);
                var end = Math.Min(tokenGroup.EndOffset, textLength);
                if (end > start)
                {
                    _spans.Add(new HighlightSpan(start, end - start));
                }
            }

            return originalText;
        }
    }
}
