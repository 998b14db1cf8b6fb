namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question on how a named state responded is answered only by a passage in which that state acts (itself, or its embassy or
/// government); a passage naming it only through others, or not at all, is declined as not saying how it responded.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class AbsentActorTests(KnowledgeFixture fixture)
{
    [Fact]
    public void What_a_government_the_passage_never_shows_acting_said_is_declined()
    {
        var answer = fixture.Engine.Ask("What did the Ukrainian government say about the parliament's decision?");

        Assert.False(answer.Answered, answer.Text);
        Assert.StartsWith("My sources don't say how Ukraine responded.", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How did the Russian embassy react to the vote?")]
    [InlineData("How did Russia respond to the expulsions?")]
    public void A_response_by_the_state_or_its_embassy_is_answered(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Russian Embassy", answer.Text, StringComparison.Ordinal);
    }
}
