using Montenegro.Bot.Knowledge.Extraction;

namespace Montenegro.Bot.Knowledge.Tests.Extraction;

/// <summary>How many of the hand-written facts of data/facts.jsonl the extractor derives by itself (issue 8: at least 90%).</summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ExtractionRecallTests(KnowledgeFixture fixture)
{
    public const double Target = 0.9;

    [Fact]
    public void At_least_nine_in_ten_curated_facts_are_derived_from_the_passages()
    {
        var derived = ExtractionHarness.FromSources(fixture.Knowledge);
        var curated = ExtractionHarness.Curated(fixture.Knowledge);
        var missed = curated
            .Where(c => !derived.Any(d => CuratedMatch.Matches(c, d, fixture.Knowledge.PassagesById[c.PassageId].Text)))
            .Select(c => c.Id)
            .ToList();

        var recall = (double)(curated.Count - missed.Count) / curated.Count;
        Assert.True(curated.Count >= 80, $"only {curated.Count} curated facts loaded");
        Assert.True(recall >= Target, $"derived {curated.Count - missed.Count} of {curated.Count} ({recall:P1}); missed: {string.Join(", ", missed)}");
    }

    [Fact]
    public void Every_curated_fact_the_extractor_does_not_derive_says_why_it_is_curated()
    {
        var derived = ExtractionHarness.FromSources(fixture.Knowledge);
        var missed = ExtractionHarness.Curated(fixture.Knowledge)
            .Where(c => !derived.Any(d => CuratedMatch.Matches(c, d, fixture.Knowledge.PassagesById[c.PassageId].Text)))
            .ToList();

        Assert.NotEmpty(missed);
        Assert.All(missed, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason), $"{c.Id} has no reason"));
    }

    [Fact]
    public void A_derived_fact_with_another_date_does_not_count_as_the_curated_one()
    {
        var curated = fixture.Knowledge.FactsById["recognition/russia"];
        var passage = fixture.Knowledge.PassagesById[curated.PassageId].Text;
        var derived = ExtractionHarness.FromSources(fixture.Knowledge).Single(d => CuratedMatch.Matches(curated, d, passage));

        Assert.False(CuratedMatch.Matches(curated, derived with { Date = Facts.FactDate.FromIso("12 June", "2006-06-12") }, passage));
        Assert.False(CuratedMatch.Matches(curated, derived with { EntityIds = ["france"] }, passage));
        Assert.False(CuratedMatch.Matches(curated, derived with { Topic = "relations" }, passage));
    }
}
