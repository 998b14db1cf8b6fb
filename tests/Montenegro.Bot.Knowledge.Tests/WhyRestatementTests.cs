namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A "why" question is not answered by a statement that only restates the event asked about; one whose sentence goes on
/// with words of its own may carry the cause.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class WhyRestatementTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Why did China turn its consulate in Podgorica into an embassy?")]
    [InlineData("why did china make its consulate in podgorica an embassy")]
    public void A_statement_of_the_event_alone_gives_no_cause(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void A_statement_that_goes_on_past_the_event_still_answers_why()
    {
        var answer = fixture.Engine.Ask("why did montenegro refuse to extradite senin");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("asylum", answer.Text, StringComparison.Ordinal);
    }
}
