using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Extraction;
using Montenegro.Bot.Knowledge.Tests.Sources;

namespace Montenegro.Bot.Knowledge.Tests.Extraction;

/// <summary>A note an operator drops into data/ is answered from the facts derived from it, without a curated fact.</summary>
public sealed class NewSourceExtractionTests : IDisposable
{
    private readonly DataFolder _data = new();

    public NewSourceExtractionTests()
    {
        _data.Write("neighbours.txt", """
            Neighbours

            Iceland recognised Montenegro on 20 June 2006. Montenegro and Albania established diplomatic relations on 12 July 2006.

            Montenegro recognised Kosovo on 9 October 2008.
            """);
    }

    [Fact]
    public void The_notes_recognitions_and_relations_are_loaded_as_derived_facts_with_their_provenance()
    {
        using var knowledge = KnowledgeBaseLoader.Load(_data.Path);
        var derived = knowledge.Facts.Where(f => f.PassageId.StartsWith("neighbours/", StringComparison.Ordinal)).ToList();

        var iceland = Assert.Single(derived, f => f.Topic == "recognition" && f.EntityIds[0] == "iceland");
        Assert.Equal("2006-06-20", iceland.Date!.Iso);
        Assert.Equal(["Iceland recognised Montenegro on 20 June 2006."], iceland.Evidence);
        Assert.StartsWith($"{FactExtractor.IdPrefix}{iceland.PassageId}/", iceland.Id, StringComparison.Ordinal);

        var kosovo = Assert.Single(derived, f => f.Topic == "recognition" && f.ObjectIds.Contains("kosovo"));
        Assert.Equal("montenegro", kosovo.EntityIds[0]);
        Assert.Equal("2008-10-09", kosovo.Date!.Iso);

        var albania = Assert.Single(derived, f => f.Topic == "relations");
        Assert.Contains("albania", albania.EntityIds);
        Assert.Equal("2006-07-12", albania.Date!.Iso);
    }

    [Theory]
    [InlineData("When did Iceland recognise Montenegro?", "20 June 2006")]
    [InlineData("Did Montenegro recognise Kosovo?", "9 October 2008")]
    [InlineData("When did Montenegro and Albania establish diplomatic relations?", "12 July 2006")]
    public void Questions_about_the_note_are_answered_from_it(string question, string date)
    {
        using var knowledge = KnowledgeBaseLoader.Load(_data.Path);

        var answer = new AnswerEngine(knowledge).Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(date, answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Sources, s => s.Id.StartsWith("neighbours/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_curated_fact_wins_over_the_derived_fact_that_states_the_same()
    {
        using var knowledge = KnowledgeBaseLoader.Load(_data.Path);

        // The coup attempt is curated (it adds Poland from the next sentence); what the extractor makes of the same sentence
        // is left out.
        var coup = knowledge.FactsById["nato/coup-attempt"];
        Assert.DoesNotContain(knowledge.Facts, f => f.Id.StartsWith(FactExtractor.IdPrefix, StringComparison.Ordinal)
            && f.Topic == coup.Topic && f.Date?.Iso == coup.Date!.Iso);
    }

    [Fact]
    public void A_broken_predicate_lexicon_stops_the_load_naming_the_file_and_line()
    {
        _data.Write(PredicateLexicon.FileName, "{\n  \"predicates\": [\n    {\"id\": \"recognise\",,}\n  ]\n}\n");

        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeBaseLoader.Load(_data.Path));

        Assert.Contains(PredicateLexicon.FileName, error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Without_a_predicate_lexicon_the_sources_load_with_their_curated_facts_only()
    {
        File.Delete(Path.Combine(_data.Path, PredicateLexicon.FileName));

        using var knowledge = KnowledgeBaseLoader.Load(_data.Path);

        Assert.DoesNotContain(knowledge.Facts, f => f.Id.StartsWith(FactExtractor.IdPrefix, StringComparison.Ordinal));
        Assert.Contains(knowledge.Facts, f => f.Id == "nato/coup-attempt");
    }

    public void Dispose() => _data.Dispose();
}
