namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Which senator led the delegation?": the sources tell of six senators visiting together and single none of them out, so
/// the bot says so instead of passing the list off as the one asked for; a question the list does answer (all who visited,
/// or the one picked out by his state) stays answered.
/// </summary>
public sealed class OneOfSeveralTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Fact]
    public void One_of_a_group_singled_out_by_a_deed_the_sources_never_state_is_declined_as_such()
    {
        var answer = fixture.Hybrid.Ask("Which US senator led the August 2006 visit to Montenegro?");

        Assert.False(answer.Answered, answer.Text);
        Assert.StartsWith("My sources don't say which senator it was: they tell of several together.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("six U.S. Senators", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which senators visited montenegro in 2006", "John McCain")]
    [InlineData("Which senator from Florida visited Montenegro with McCain?", "Mel Martinez")]
    [InlineData("Which senator visited Montenegro in August 2006?", "Lindsey Graham")]
    public void A_question_the_group_answers_stays_answered(string question, string expected)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
