namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "When was X invited?" asks when it happened: a text that tells the deed only as expected ("expected Montenegro to be
/// invited at NATO's 2014 summit") does not date it, whichever name the question puts first.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ExpectedDeedTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("When was Montenegro invited to become a NATO member?")]
    [InlineData("When did NATO invite Montenegro to become a member?")]
    public void When_a_deed_happened_is_not_answered_by_its_expectation(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2 December 2015", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Wales", answer.Text, StringComparison.Ordinal);
    }
}
