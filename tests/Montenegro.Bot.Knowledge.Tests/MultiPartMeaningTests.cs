namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>A multi-part question after a writer's clause, with retrieval by meaning on: each part asked with the
/// clause, and a part asking when not given the date an earlier part got.</summary>
public sealed class MultiPartMeaningTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Fact]
    public void The_parts_after_a_writers_clause_are_answered()
    {
        var answer = fixture.Hybrid.Ask("As I'm fact-checking a feature on the 2017 enlargement, where exactly did Montenegro lodge its instrument of accession, and what number member did that make it?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("State Department", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_asking_when_is_not_given_the_date_an_earlier_part_got()
    {
        var answer = fixture.Hybrid.Ask("Three dates please: when was Montenegro's MAP granted, when did the formal invitation arrive, and when did it join NATO?");

        Assert.True(answer.Answered, answer.Text);
        var parts = answer.Text.Split("\n\n");
        Assert.StartsWith("2.", parts[1], StringComparison.Ordinal);
        Assert.NotEqual(parts[0][2..], parts[1][2..]);
        Assert.Contains("5 June 2017", answer.Text, StringComparison.Ordinal);
    }
}
