using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Tests.Sources;

public sealed class MarkdownSourceTests : IDisposable
{
    private const string IcelandNote = """
        ---
        author: front matter is metadata, not text
        ---
        # Iceland and Montenegro

        Iceland recognised Montenegro on 20 June 2006. The two countries established diplomatic relations on 26 June 2006.

        ## Agreements

        The two countries have signed these agreements:

        - a visa waiver agreement
        - an agreement on *readmission*, signed in [Reykjavík](https://example.org/reykjavik)
          - with a protocol on transit

        | Agreement | Signed | In force |
        |-----------|--------|----------|
        | Visa waiver | 2008 | 2009 |
        | Readmission | 2010 | 2011 |

        ### Trade
        Trade between Iceland and Montenegro
        stayed small, mostly fish.

        ```
        passage-splitting ignores code such as CODEBLOCKTEXT
        ```

        ## See also
        - Foreign relations of Iceland
        """;

    private readonly DataFolder _data = new();

    [Fact]
    public void A_markdown_source_is_cut_into_passages_under_its_headings()
    {
        _data.List("iceland", "iceland.md", "Iceland and Montenegro (note)");
        _data.Write("iceland.md", IcelandNote);

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path);
        var passages = knowledge.Passages.Where(p => p.SourceId == "iceland").ToList();

        // The single "# Title" names the document, like a wiki "= Title =": the text under it is the lead.
        var lead = Assert.Single(passages, p => p.Id == "iceland/lead/1");
        Assert.Equal(PassageKind.Paragraph, lead.Kind);
        Assert.Empty(lead.HeadingPath);
        Assert.Equal(6, lead.Line);
        Assert.StartsWith("Iceland recognised Montenegro on 20 June 2006.", lead.Text, StringComparison.Ordinal);

        var list = knowledge.PassagesById["iceland/agreements/1"];
        Assert.Equal(PassageKind.List, list.Kind);
        Assert.Equal(["Agreements"], list.HeadingPath);
        Assert.Equal(
            "The two countries have signed these agreements: a visa waiver agreement, an agreement on readmission, signed in Reykjavík, with a protocol on transit.",
            list.Text);
        Assert.Equal(3, list.Items.Count);

        var row = knowledge.PassagesById["iceland/agreements/3"];
        Assert.Equal(PassageKind.TableRow, row.Kind);
        Assert.Equal("Agreement: Readmission; Signed: 2010; In force: 2011", row.Text);
        Assert.Equal(["Agreement", "Signed", "In force"], row.Headers);

        var trade = knowledge.PassagesById["iceland/agreements/trade/1"];
        Assert.Equal(["Agreements", "Trade"], trade.HeadingPath);
        Assert.Equal("Trade between Iceland and Montenegro stayed small, mostly fish.", trade.Text);

        Assert.Equal(PassageKind.Navigation, knowledge.PassagesById["iceland/see-also/1"].Kind);
        Assert.DoesNotContain(passages, p => p.Text.Contains("CODEBLOCKTEXT", StringComparison.Ordinal) || p.Text.Contains("front matter", StringComparison.Ordinal));
        Assert.Equal("Iceland and Montenegro (note)", knowledge.SourcesById["iceland"].Title);
    }

    [Fact]
    public void Text_of_a_markdown_source_is_found_by_search()
    {
        _data.Write("iceland.md", IcelandNote);
        using var knowledge = KnowledgeBaseLoader.Load(_data.Path);
        var engine = new AnswerEngine(knowledge);

        var answer = engine.Search("When did Iceland recognise Montenegro?");

        Assert.True(answer.Answered);
        Assert.Equal("iceland/lead/1", answer.Sources[0].Id);
        Assert.Contains("20 June 2006", answer.Sources[0].Excerpt, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
