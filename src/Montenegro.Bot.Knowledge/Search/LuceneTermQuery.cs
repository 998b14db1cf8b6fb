using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// The one Lucene query a question's analyzed terms become: each term may match the text, or (weakly) the headings.
/// Retrieval searches with it and the highlighter marks what it matches, so the words shown bold are the words the
/// passage was found by. Built in code from terms: user text is never parsed as query syntax.
/// </summary>
internal static class LuceneTermQuery
{
    /// <summary>How much a term found in a heading counts against one found in the text.</summary>
    public const float HeadingBoost = 0.3f;

    /// <summary>The query for <paramref name="terms"/> (distinct, and no more than Lucene's clause limit allows).</summary>
    public static BooleanQuery For(IReadOnlyCollection<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var query = new BooleanQuery();
        foreach (var term in terms.Distinct(StringComparer.Ordinal).Take(BooleanQuery.MaxClauseCount / 2))
        {
            query.Add(new TermQuery(new Term(LuceneSchema.TextField, term)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(LuceneSchema.HeadingField, term)) { Boost = HeadingBoost }, Occur.SHOULD);
        }

        return query;
    }
}
