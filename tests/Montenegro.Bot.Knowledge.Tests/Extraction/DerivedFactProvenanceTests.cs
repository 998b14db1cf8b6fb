using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Extraction;

namespace Montenegro.Bot.Knowledge.Tests.Extraction;

/// <summary>Every fact the extractor derives says only what its sentence says, and says where.</summary>
[Collection(KnowledgeCollection.Name)]
public sealed partial class DerivedFactProvenanceTests(KnowledgeFixture fixture)
{
    private List<Facts.Fact> Derived => ExtractionHarness.FromSources(fixture.Knowledge);

    [Fact]
    public void Every_derived_fact_cites_an_answerable_passage_with_a_unique_id_and_states_a_predicate()
    {
        var derived = Derived;
        Assert.True(derived.Count > 80, $"only {derived.Count} derived facts");
        Assert.Equal(derived.Count, derived.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var fact in derived)
        {
            Assert.StartsWith($"{FactExtractor.IdPrefix}{fact.PassageId}/", fact.Id, StringComparison.Ordinal);
            Assert.True(fixture.Knowledge.PassagesById[fact.PassageId].IsAnswerable, fact.Id);
            Assert.False(string.IsNullOrEmpty(fact.Predicate), fact.Id);
        }
    }

    [Fact]
    public void Every_derived_facts_evidence_is_a_verbatim_part_of_its_passage()
    {
        foreach (var fact in Derived)
        {
            var evidence = Assert.Single(fact.Evidence);
            Assert.Contains(evidence, fixture.Knowledge.PassagesById[fact.PassageId].Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_derived_statement_is_its_evidence_with_at_most_a_bracketed_subject_and_years()
    {
        foreach (var fact in Derived.Where(f => f.Topic != ExtractionHarness.Lexicon.PersonTopic))
        {
            var stripped = AddedYear().Replace(AddedSubject().Replace(fact.Statement, string.Empty), string.Empty);
            Assert.Equal(Comparable(fact.Evidence[0]), Comparable(stripped));
        }
    }

    [Fact]
    public void A_year_added_to_a_statement_is_one_its_passage_writes()
    {
        foreach (var fact in Derived)
        {
            foreach (Match year in AddedYear().Matches(fact.Statement))
            {
                Assert.Contains(year.Groups[1].Value, fixture.Knowledge.PassagesById[fact.PassageId].Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_derived_date_is_written_in_the_facts_own_evidence()
    {
        foreach (var fact in Derived.Where(f => f.Date is not null))
        {
            Assert.Contains(fact.Date!.Text, fact.Evidence[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_poll_figure_derived_from_prose_is_written_in_its_sentence()
    {
        var polls = Derived.Where(f => f.Poll is not null).ToList();
        Assert.NotEmpty(polls);
        foreach (var fact in polls)
        {
            foreach (var figure in new[] { fact.Poll!.For, fact.Poll.Against, fact.Poll.Undecided }.OfType<string>())
            {
                Assert.Matches($@"\b{Regex.Escape(figure)}\s*(%|percent)", fact.Evidence[0]);
            }
        }
    }

    // "[Montenegro] adopted…" and "12 June (2006)" are the extractor's only additions.
    private static string Comparable(string text)
    {
        var trimmed = Regex.Replace(text.Trim(), @"\s+", " ").TrimEnd('.');
        return trimmed.Length == 0 ? trimmed : char.ToLowerInvariant(trimmed[0]) + trimmed[1..];
    }

    [GeneratedRegex(@"^\[[^\]]+\] ")]
    private static partial Regex AddedSubject();

    [GeneratedRegex(@" \((\d{4})\)")]
    private static partial Regex AddedYear();
}
