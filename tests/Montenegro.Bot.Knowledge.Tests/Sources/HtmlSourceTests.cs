using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Tests.Sources;

public sealed class HtmlSourceTests : IDisposable
{
    // Every word that is page furniture rather than the article is marked FURNITURE so no passage may contain it.
    private const string NewsPage = """
        <!DOCTYPE html>
        <html>
        <head><title>Norway signs with Montenegro – Example News</title>
        <style>.FURNITURE-style { color: red }</style>
        <script>var FURNITURE_script = 1;</script></head>
        <body>
        <header><div class="logo">FURNITURE masthead</div><nav><a href="/">FURNITURE home</a></nav></header>
        <nav><ul><li>FURNITURE menu</li></ul></nav>
        <main>
        <article>
        <header><h1>Norway and Montenegro sign a defence agreement</h1><p>FURNITURE byline</p></header>
        <p>Norway and Montenegro signed a defence cooperation agreement in Podgorica on 3 March 2024.</p>
        <div>Officials called it a <b>milestone</b> &amp; a beginning.<br>More talks follow.</div>
        <h2>Background</h2>
        <p>The parties agreed on:</p>
        <ul><li>joint exercises</li><li>training of officers<ul><li>at the naval base in Bar</li></ul></li></ul>
        <h3>Timeline</h3>
        <table>
        <thead><tr><th>Year</th><th>Event</th></tr></thead>
        <tbody>
        <tr><td>2006</td><td>Relations established</td></tr>
        <tr><td>2024</td><td>Agreement signed</td></tr>
        </tbody>
        </table>
        <aside>FURNITURE related stories</aside>
        <form><label>FURNITURE subscribe</label><input name="email"></form>
        <p hidden>FURNITURE hidden</p>
        <script>document.write("FURNITURE inline script")</script>
        </article>
        </main>
        <footer>FURNITURE copyright</footer>
        </body>
        </html>
        """;

    private readonly DataFolder _data = new();

    [Fact]
    public void Only_the_main_text_of_an_html_page_becomes_passages()
    {
        _data.Write("norway.html", NewsPage);

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path);
        var passages = knowledge.Passages.Where(p => p.SourceId == "norway").ToList();

        Assert.Contains(passages, p => p.Text.Contains("defence cooperation agreement", StringComparison.Ordinal));
        Assert.DoesNotContain(passages, p => p.Text.Contains("FURNITURE", StringComparison.Ordinal) || p.HeadingPath.Any(h => h.Contains("FURNITURE", StringComparison.Ordinal)));
    }

    [Fact]
    public void Html_headings_open_sections_and_paragraphs_lists_and_rows_become_passages()
    {
        _data.Write("norway.html", NewsPage);

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path);

        // The article's one h1 is its title, so the paragraphs under it are the lead.
        Assert.Equal("Norway and Montenegro sign a defence agreement", knowledge.SourcesById["norway"].Title);
        var lead = knowledge.PassagesById["norway/lead/1"];
        Assert.Equal(PassageKind.Paragraph, lead.Kind);
        Assert.Equal(12, lead.Line);
        Assert.Equal("Officials called it a milestone & a beginning. More talks follow.", knowledge.PassagesById["norway/lead/2"].Text);

        var list = knowledge.PassagesById["norway/background/1"];
        Assert.Equal(PassageKind.List, list.Kind);
        Assert.Equal(["Background"], list.HeadingPath);
        Assert.Equal("The parties agreed on: joint exercises, training of officers, at the naval base in Bar.", list.Text);

        var row = knowledge.PassagesById["norway/background/timeline/2"];
        Assert.Equal(PassageKind.TableRow, row.Kind);
        Assert.Equal(["Background", "Timeline"], row.HeadingPath);
        Assert.Equal("Year: 2024; Event: Agreement signed", row.Text);
        Assert.Equal(22, row.Line);
    }

    [Fact]
    public void A_page_without_main_or_article_keeps_its_body_text_but_not_its_masthead()
    {
        _data.Write("bulletin.htm", """
            <html><body>
            <header><h1>FURNITURE Ministry website</h1></header>
            <div id="content"><h2>Bulletin</h2><p>Montenegro opened an honorary consulate in Reykjavík in 2019.</p></div>
            <footer>FURNITURE contact</footer>
            </body></html>
            """);

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path);

        var passage = Assert.Single(knowledge.Passages, p => p.SourceId == "bulletin");
        Assert.Equal(["Bulletin"], passage.HeadingPath);
        Assert.Equal("Bulletin", knowledge.SourcesById["bulletin"].Title);
        Assert.Equal("Montenegro opened an honorary consulate in Reykjavík in 2019.", passage.Text);
    }

    [Fact]
    public void Paragraphs_an_old_page_separates_with_two_line_breaks_are_passages_of_their_own()
    {
        _data.Write("old.html", """
            <html><body><font face="Arial">
            Montenegro and Malta established diplomatic relations in 2006.<br>
            Malta is accredited from Rome.<br><br>
            Trade between the two countries remains modest.
            </font></body></html>
            """);

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path);

        Assert.Equal(
            ["Montenegro and Malta established diplomatic relations in 2006. Malta is accredited from Rome.", "Trade between the two countries remains modest."],
            knowledge.Passages.Where(p => p.SourceId == "old").Select(p => p.Text));
    }

    [Fact]
    public void Text_of_an_html_source_is_found_by_search()
    {
        _data.Write("norway.html", NewsPage);
        using var knowledge = KnowledgeBaseLoader.Load(_data.Path);

        var answer = new AnswerEngine(knowledge).Search("Norway defence cooperation agreement");

        Assert.True(answer.Answered);
        Assert.Equal("norway/lead/1", answer.Sources[0].Id);
        Assert.Contains("3 March 2024", answer.Sources[0].Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_in_its_declared_charset_reads_correctly()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(
            "<html><head><meta charset=\"windows-1252\"></head><body><p>The caf\u00e9 r\u00e9sum\u00e9 of relations between Montenegro and France.</p></body></html>");
        _data.Write("france.html", bytes);

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path);

        Assert.Equal("The café résumé of relations between Montenegro and France.", Assert.Single(knowledge.Passages, p => p.SourceId == "france").Text);
    }

    public void Dispose() => _data.Dispose();
}
