namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// The focus the last answer left, with meaning on: "who was he?" after the MP the meaning search found is read from that
/// answer, and "who was supposed to be killed?" after an answer that names nobody is not answered from it.
/// </summary>
public sealed class FocusFollowUpMeaningTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Fact]
    public void Who_was_he_is_read_from_the_answer_that_named_him()
    {
        var answer = fixture.Hybrid.Converse("Which Russian politician said joining NATO would put Montenegro in the crosshairs of Russian missiles?", "who was he?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("LDPR", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_who_question_is_not_answered_from_a_focus_that_names_nobody()
    {
        var answer = fixture.Hybrid.Converse("Which party won Montenegro's October 2016 election?", "with what share of the vote?", "what happened on election day?", "who was supposedly going to be killed?");

        Assert.DoesNotContain("popular vote", answer.Text, StringComparison.Ordinal);
    }
}
