namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// One pollster is known only by a description, "the government". In a question about polls it is that pollster; elsewhere
/// "the government" is the state's, and a government poll's figures answer nothing asked of it.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class DescribedPollsterTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("which media agency ran the government's promotional drive for nato?")]
    [InlineData("what agency did the government hire for its pro-NATO promotion?")]
    public void The_government_outside_a_question_about_polls_is_not_the_pollster(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.DoesNotContain("government poll", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("46 percent", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did the March 2014 government poll find?")]
    [InlineData("what did the government survey of march 2014 show")]
    public void The_government_in_a_question_about_polls_is_the_pollster(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("46 percent", answer.Text, StringComparison.Ordinal);
    }
}
