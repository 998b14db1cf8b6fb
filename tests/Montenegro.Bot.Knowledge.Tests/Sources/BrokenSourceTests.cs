using System.Text;

namespace Montenegro.Bot.Knowledge.Tests.Sources;

public sealed class BrokenSourceTests : IDisposable
{
    private const string GoodNote = "# Iceland and Montenegro\n\nIceland recognised Montenegro on 20 June 2006.\n";

    private static readonly string[] CuratedSources = ["foreign-relations", "nato-relations", "ukraine-mission-vote"];

    private readonly DataFolder _data = new();
    private readonly RecordingLogger _log = new();

    [Fact]
    public void A_listed_file_that_is_missing_logs_one_line_naming_the_catalogue_line_and_the_others_load()
    {
        var line = _data.List("malta", "malta.md", "Malta and Montenegro");
        _data.Write("iceland.md", GoodNote);

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path, _log);

        var problem = Assert.Single(_log.Problems, p => p.Contains("malta.md", StringComparison.Ordinal));
        Assert.Contains($"sources.json, line {line}:", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("malta", knowledge.SourcesById.Keys);
        Assert.Equal(CuratedSources.Append("iceland").Order(), knowledge.Sources.Select(s => s.Id).Order());
    }

    [Fact]
    public void A_listed_name_that_is_a_folder_logs_one_line_and_the_others_load()
    {
        _data.List("malta", "malta.html", "Malta and Montenegro");
        Directory.CreateDirectory(Path.Combine(_data.Path, "malta.html"));
        _data.Write("iceland.md", GoodNote);

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path, _log);

        var problem = Assert.Single(_log.Problems, p => p.Contains("malta.html", StringComparison.Ordinal));
        Assert.Contains("folder", problem, StringComparison.Ordinal);
        Assert.Contains(knowledge.Passages, p => p.SourceId == "iceland");
        Assert.Equal(4, knowledge.Sources.Count);
    }

    [Fact]
    public void A_binary_file_named_html_logs_one_line_naming_it_and_its_line_and_the_others_load()
    {
        _data.List("malta", "malta.html", "Malta and Montenegro");
        _data.Write("malta.html", [.. "<html>\n<body>\n"u8, 0x00, 0x01, 0xFF, 0x00]);
        _data.Write("iceland.md", GoodNote);

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path, _log);

        var problem = Assert.Single(_log.Problems, p => p.Contains("malta.html", StringComparison.Ordinal));
        Assert.Contains("malta.html, line 3:", problem, StringComparison.Ordinal);
        Assert.Contains("not text", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(knowledge.Passages, p => p.SourceId == "malta");
        Assert.Contains(knowledge.Passages, p => p.SourceId == "iceland");
    }

    [Fact]
    public void Markup_nested_too_deep_to_walk_skips_that_file_only()
    {
        var nested = new StringBuilder("<html><body>");
        for (var i = 0; i < 300; i++)
        {
            nested.Append("<div>");
        }

        nested.Append("<p>Montenegro and Malta signed a treaty.</p></body></html>");
        _data.Write("deep.html", nested.ToString());
        _data.Write("iceland.md", GoodNote);

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path, _log);

        var problem = Assert.Single(_log.Problems, p => p.Contains("deep.html", StringComparison.Ordinal));
        Assert.Contains("nests", problem, StringComparison.Ordinal);
        Assert.Contains(knowledge.Passages, p => p.SourceId == "iceland");
    }

    [Fact]
    public void A_page_with_no_main_text_logs_one_line_and_is_not_a_source()
    {
        _data.Write("menu.html", "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></body></html>");

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path, _log);

        Assert.Contains("menu.html", Assert.Single(_log.Problems), StringComparison.Ordinal);
        Assert.DoesNotContain("menu", knowledge.SourcesById.Keys);
    }

    [Fact]
    public void A_deleted_curated_source_is_skipped_in_one_line_together_with_the_facts_that_cite_it()
    {
        File.Delete(Path.Combine(_data.Path, "nato-relations.txt"));

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path, _log);

        var problem = Assert.Single(_log.Problems);
        Assert.Contains("nato-relations.txt", problem, StringComparison.Ordinal);
        Assert.Contains("curated facts", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(knowledge.Passages, p => p.SourceId == "nato-relations");
        Assert.DoesNotContain(knowledge.Facts, f => f.PassageId.StartsWith("nato-relations/", StringComparison.Ordinal));
        Assert.Contains(knowledge.Facts, f => f.PassageId.StartsWith("foreign-relations/", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_that_is_not_utf8_loads_with_a_warning_naming_the_line()
    {
        _data.Write("latin.txt", [.. "Montenegro and Iceland.\n\nThe embassy in Reykjav"u8, 0xED, .. "k covers Montenegro from 2010 onwards, as agreed.\n"u8]);

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path, _log);

        Assert.Contains(knowledge.Passages, p => p.SourceId == "latin" && p.Text.StartsWith("The embassy in Reykjav", StringComparison.Ordinal));
        Assert.Single(_log.Problems, p => p.Contains("latin.txt, line 3:", StringComparison.Ordinal) && p.Contains("UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_catalogue_still_fails_the_whole_load_naming_its_line()
    {
        var catalog = File.ReadAllLines(_data.CatalogPath);
        catalog[3] = catalog[3].Replace(",", string.Empty, StringComparison.Ordinal);
        File.WriteAllLines(_data.CatalogPath, catalog);

        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeBaseLoader.Load(_data.Path, _log));

        Assert.Equal(_data.CatalogPath, error.File);
        Assert.InRange(error.Line, 4, 5);
    }

    [Fact]
    public void Two_sources_with_one_id_fail_the_load_naming_the_second()
    {
        var line = _data.List("nato-relations", "nato-copy.txt", "A copy");

        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeBaseLoader.Load(_data.Path, _log));

        Assert.Equal(line, error.Line);
        Assert.Contains("duplicate source id 'nato-relations'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
