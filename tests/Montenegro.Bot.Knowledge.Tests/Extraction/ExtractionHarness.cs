using Montenegro.Bot.Knowledge.Extraction;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Tests.Extraction;

/// <summary>Runs the extractor with the repository's predicate lexicon and entities over the real passages or a made-up one.</summary>
internal static class ExtractionHarness
{
    public static PredicateLexicon Lexicon { get; } = PredicateLexicon.Load(Path.Combine(KnowledgeFixture.DataPath, PredicateLexicon.FileName));

    /// <summary>Everything the extractor derives from the real sources, before the loader leaves out what curated facts cover.</summary>
    public static List<Fact> FromSources(KnowledgeBase knowledge) =>
        new FactExtractor(Lexicon, knowledge.Entities).Extract(knowledge.Passages, knowledge.SourcesById);

    /// <summary>The curated facts of data/facts.jsonl as loaded (neither table rows nor derived facts): corrections and additions.</summary>
    public static List<Fact> Curated(KnowledgeBase knowledge) =>
        knowledge.Facts.Where(f => !f.Id.StartsWith(FactExtractor.IdPrefix, StringComparison.Ordinal)
            && !f.Id.Contains("/table/", StringComparison.Ordinal) && !f.Id.Contains("/timeline/", StringComparison.Ordinal)).ToList();

    /// <summary>The file that holds the 86 facts data/facts.jsonl held before extraction (issue 8): what extraction is measured against.</summary>
    public const string ReferenceFile = "curated-facts-before-extraction.jsonl";

    /// <summary>
    /// The 86 hand-written facts of data/facts.jsonl as they were before extraction made most of them (issue 8 measures
    /// extraction against them); the file now keeps only what extraction cannot make.
    /// </summary>
    public static List<Fact> Reference(KnowledgeBase knowledge)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Extraction", ReferenceFile);
        return FactFileReader.Read(path, File.ReadAllLines(path), knowledge.PassagesById, knowledge.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>What the extractor derives from one paragraph of a note titled <paramref name="title"/>, under <paramref name="headings"/>.</summary>
    public static List<Fact> FromParagraph(KnowledgeBase knowledge, string text, string title = "Notes", params string[] headings)
    {
        var source = new SourceDocument("note", title, "Note", null, null, "Written for the tests", "2006", null);
        var passage = new Passage("note/section/1", "note", headings, PassageKind.Paragraph, text, 1, [], []);
        return new FactExtractor(Lexicon, knowledge.Entities).Extract([passage], new Dictionary<string, SourceDocument> { ["note"] = source });
    }
}
