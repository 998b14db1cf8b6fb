namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question that states a figure and asks what it is ("what does the figure 160,385,964 euros refer to?") is answered by
/// the sentence that states the same figure, however its thousands are written; a figure of another year or partner is not.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class FigureLookupTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("What is the amount 160,385,964 euros about?")]
    [InlineData("what is 160 385 964 euros")]
    [InlineData("160.385.964 euros - what's that figure?")]
    public void A_stated_figure_is_found_however_its_thousands_are_written(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("total trade", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_figure_the_question_calls_a_number_is_looked_up()
    {
        var answer = fixture.Engine.Ask("what is the number 336 about?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("DXCC", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_the_question_calls_a_figure_is_looked_up()
    {
        var answer = fixture.Engine.Ask("What does the figure of 41% refer to?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("popular vote", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_no_source_states_is_not_answered()
    {
        var answer = fixture.Engine.Ask("What does the figure of 85% refer to?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("what was the 160,385,964 euros figure for Russia?")]
    [InlineData("what does the figure 160,385,964 euros in 2017 refer to")]
    public void A_figure_of_another_partner_or_year_is_not_the_one_asked(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.DoesNotContain("160,385,964", answer.Text, StringComparison.Ordinal);
    }
}
