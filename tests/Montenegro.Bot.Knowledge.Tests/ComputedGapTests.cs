namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Answers worked out from what the sources state: the time between two events told one after the other ("applied for it
/// and later got it; what was the gap?"), between two events one named by a noun whose object is another event ("Trump's
/// memorandum on the accession"), and the margin between a vote's two sides named as camps ("the yes side", "the no side").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ComputedGapTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Montenegro applied for a Membership Action Plan and later got it; what was the gap between the two?", "about 13 months")]
    [InlineData("Montenegro submitted a request for a Membership Action Plan and then received it. How long did that take?", "about 13 months")]
    [InlineData("Montenegro was invited to join NATO and then became a member; how much time passed between the two?", "about 18 months")]
    public void Two_events_told_in_a_row_give_the_time_between_them(string question, string gap)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(gap, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_told_in_a_row_are_no_time_between_events()
    {
        var answer = fixture.Engine.Ask("Montenegro expelled five Russian diplomats and later six more; what's the difference between the two?");

        Assert.DoesNotContain("passed between", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_memorandum_on_the_accession_is_the_memorandum_not_the_accession()
    {
        var answer = fixture.Engine.Ask("How long was it between the US Senate vote and Trump's memorandum on Montenegro's accession?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("14 days passed between", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("By how many votes did the yes side beat the no side in the Ukraine mission vote?")]
    [InlineData("How many more votes did the yes camp get than the no camp on the Ukraine training mission?")]
    public void The_yes_and_no_sides_of_a_vote_are_its_votes_for_and_against(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("A difference of 39", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's the biggest number of Russian diplomats Montenegro expelled in one go?", "6, the largest")]
    [InlineData("What was the smallest number of Russian diplomats Montenegro expelled at one time?", "5, the smallest")]
    public void The_extreme_of_counts_stated_together_is_one_of_them_not_their_sum(string question, string lead)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(lead, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_number_of_one_side_is_no_extreme_of_both_sides()
    {
        var answer = fixture.Engine.Ask("What is the largest number of votes cast against the Ukraine mission?");

        Assert.False(answer.Text.StartsWith("44, the largest", StringComparison.Ordinal), answer.Text);
    }

    [Fact]
    public void A_vote_the_sources_do_not_count_is_still_declined()
    {
        var answer = fixture.Engine.Ask("By how many votes did the yes side win the 2006 independence referendum?");

        Assert.False(answer.Answered, answer.Text);
    }
}
