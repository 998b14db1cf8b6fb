using Microsoft.Extensions.Logging;

namespace Montenegro.Bot.Knowledge.Tests.Sources;

public sealed class UnlistedSourceTests : IDisposable
{
    private readonly DataFolder _data = new();
    private readonly RecordingLogger _log = new();

    [Fact]
    public void A_file_without_a_sources_entry_loads_titled_by_its_first_heading_with_one_warning()
    {
        _data.Write("Iceland Note.md", """
            # Iceland and Montenegro

            Iceland recognised Montenegro on 20 June 2006.

            ## Trade

            Trade between the two countries stayed small.

            Most of it was fish.
            """);

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path, _log);

        var source = knowledge.SourcesById["iceland-note"];
        Assert.Equal("Iceland and Montenegro", source.Title);
        Assert.Equal("document", source.Kind);
        Assert.Equal(3, knowledge.Passages.Count(p => p.SourceId == "iceland-note"));
        var warning = Assert.Single(_log.Problems);
        Assert.Contains("Iceland Note.md", warning, StringComparison.Ordinal);
        Assert.Contains("sources.json", warning, StringComparison.Ordinal);
        Assert.Equal(LogLevel.Warning, Assert.Single(_log.Lines, l => l.Message == warning).Level);
    }

    [Fact]
    public void A_file_without_an_entry_or_a_heading_is_titled_by_its_file_name()
    {
        _data.Write("montenegro-iceland.txt", "Iceland and Montenegro signed a visa waiver agreement in 2008, which entered into force in 2009.\n");

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path, _log);

        Assert.Equal("montenegro-iceland.txt", knowledge.SourcesById["montenegro-iceland"].Title);
        Assert.Single(_log.Problems);
    }

    [Fact]
    public void An_unlisted_file_whose_name_matches_a_listed_id_gets_an_id_of_its_own()
    {
        _data.Write("nato-relations.md", "Montenegro hosted a NATO exercise in 2019, its first as a member.\n");

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path, _log);

        Assert.Equal("Montenegro–NATO relations", knowledge.SourcesById["nato-relations"].Title);
        Assert.Contains(knowledge.Passages, p => p.Id == "nato-relations-2/lead/1");
    }

    [Fact]
    public void Files_that_are_not_sources_stay_out()
    {
        _data.Write(".draft.md", "A hidden draft about Montenegro and Iceland, not yet for the bot.\n");
        _data.Write("notes.docx", "Not a format the bot reads, about Montenegro and Iceland.\n");

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path, _log);

        Assert.Equal(["foreign-relations", "nato-relations", "ukraine-mission-vote"], knowledge.Sources.Select(s => s.Id));
        Assert.Empty(_log.Problems);
    }

    public void Dispose() => _data.Dispose();
}
