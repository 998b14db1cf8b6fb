namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "What number member did that make it?" after the accession: a place in a row asked with a verb that only carries it
/// ("make", "made") is answered with the place the sources state, and the next follow-up ("where did it hand in the
/// paperwork?") still reads the accession, not only the words the rank turn was answered with.
/// </summary>
public sealed class RankFollowUpTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Fact]
    public void A_place_asked_after_the_accession_with_a_carrying_verb_is_the_29th()
    {
        var answer = fixture.Hybrid.Converse("When did Montenegro become a NATO member?", "what number member did that make it?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("29th member", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_follow_up_after_the_rank_still_reads_the_accession()
    {
        var answer = fixture.Hybrid.Converse("When did Montenegro become a NATO member?", "what number member did that make it?", "where did it hand over the accession instrument?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Washington", answer.Text, StringComparison.Ordinal);
    }
}
