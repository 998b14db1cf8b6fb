using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed partial class FactProvenanceTests(KnowledgeFixture fixture)
{
    private static string Fold(string text) =>
        Regex.Replace(TextFolding.FoldToAscii(text).Replace('‘', '\'').Replace('’', '\''), @"\s+", " ").ToLowerInvariant();

    [Fact]
    public void No_curated_fact_carries_hand_written_keywords()
    {
        var lines = File.ReadAllLines(Path.Combine(KnowledgeFixture.DataPath, KnowledgeBaseLoader.FactsFile));
        Assert.DoesNotContain(lines, line => line.Contains("\"keywords\"", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Nearly_every_curated_fact_is_matched_to_the_predicates_it_states()
    {
        var curated = Extraction.ExtractionHarness.Curated(fixture.Knowledge);
        var without = curated.Where(f => f.Predicates.Count == 0).Select(f => f.Id).ToList();
        Assert.True(without.Count * 10 <= curated.Count, $"{without.Count} of {curated.Count} curated facts state no predicate of predicates.json: {string.Join(", ", without)}");
    }

    [Fact]
    public void Every_fact_cites_an_answerable_passage_that_exists()
    {
        foreach (var fact in fixture.Knowledge.Facts)
        {
            Assert.True(fixture.Knowledge.PassagesById.TryGetValue(fact.PassageId, out var passage), $"{fact.Id} cites missing {fact.PassageId}");
            Assert.True(passage!.IsAnswerable, $"{fact.Id} cites navigation passage {fact.PassageId}");
        }
    }

    [Fact]
    public void Every_facts_evidence_and_date_occur_in_its_cited_passage()
    {
        foreach (var fact in fixture.Knowledge.Facts)
        {
            var passage = Fold(fixture.Knowledge.PassagesById[fact.PassageId].Text);
            foreach (var evidence in fact.Evidence)
            {
                Assert.True(passage.Contains(Fold(evidence), StringComparison.Ordinal), $"{fact.Id}: evidence \"{evidence}\" is not in {fact.PassageId}");
            }

            if (fact.Date is { } date)
            {
                Assert.True(passage.Contains(Fold(date.Text), StringComparison.Ordinal), $"{fact.Id}: date \"{date.Text}\" is not in {fact.PassageId}");
            }
        }
    }

    [Fact]
    public void Every_number_a_fact_states_occurs_in_its_cited_passage()
    {
        foreach (var fact in fixture.Knowledge.Facts)
        {
            var passage = fixture.Knowledge.PassagesById[fact.PassageId].Text;
            foreach (Match number in Number().Matches(fact.Statement))
            {
                Assert.True(passage.Contains(number.Value, StringComparison.Ordinal), $"{fact.Id}: {number.Value} is not in {fact.PassageId}");
            }

            foreach (var figure in new[] { fact.Poll?.For, fact.Poll?.Against, fact.Poll?.Undecided, fact.Poll?.Lead }.OfType<string>())
            {
                Assert.Contains(figure, passage, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_entity_a_fact_is_about_is_named_in_its_cited_passage()
    {
        var knowledge = fixture.Knowledge;
        foreach (var fact in knowledge.Facts)
        {
            var passage = Context(knowledge, fact.PassageId);
            foreach (var id in fact.EntityIds)
            {
                var entity = knowledge.EntitiesById[id];
                var named = entity.AllNames.Any(n => Regex.IsMatch(passage, $@"\b{Regex.Escape(Fold(n))}"));
                Assert.True(named, $"{fact.Id}: {entity.Name} is not named in {fact.PassageId}");
            }
        }
    }

    [Fact]
    public void Capitalised_names_in_curated_statements_occur_in_the_cited_passage()
    {
        // Words a statement adds of its own (sentence starts, "The", "NATO's") are allowed; names are not.
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "The", "In", "On", "After", "Canada", "Soon", "While", "According", "Montenegro", "Montenegro's", "Montenegrin", "NATO", "NATO's",
            "UN", "US", "EU", "A", "It", "Its", "MAP", "IPAP", "PfP", "DPS", "Final", "Accession", "Ratification", "Relations",
            "Pro-Russian", "Russia's", "China's", "Canada's", "Spain's", "Slovenia's", "Slovenian", "Croatian", "Poland",
        };
        foreach (var fact in fixture.Knowledge.Facts.Where(f => !f.Id.Contains("/table/", StringComparison.Ordinal) && !f.Id.Contains("/timeline/", StringComparison.Ordinal)))
        {
            var passage = Context(fixture.Knowledge, fact.PassageId);
            foreach (Match word in CapitalisedWord().Matches(fact.Statement))
            {
                if (allowed.Contains(word.Value.TrimEnd('.')))
                {
                    continue;
                }

                var stem = Fold(word.Value.TrimEnd('.')).Replace("'", string.Empty, StringComparison.Ordinal).TrimEnd('s');
                Assert.True(passage.Replace("'", string.Empty, StringComparison.Ordinal).Contains(stem[..Math.Min(stem.Length, 6)], StringComparison.Ordinal),
                    $"{fact.Id}: \"{word.Value}\" does not occur in {fact.PassageId}");
            }
        }
    }

    // The headings and the source's title count: "the two countries" under "Montenegro-China relations" names China.
    private static string Context(KnowledgeBase knowledge, string passageId)
    {
        var cited = knowledge.PassagesById[passageId];
        return Fold(cited.Text + " " + string.Join(" ", cited.HeadingPath) + " " + knowledge.SourcesById[cited.SourceId].Title);
    }

    [GeneratedRegex(@"\d[\d,.]*\d|\d")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b[A-Z][\p{L}'’.-]+")]
    private static partial Regex CapitalisedWord();
}
