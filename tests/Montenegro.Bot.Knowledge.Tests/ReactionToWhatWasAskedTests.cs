namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A reaction and a response are the same thing asked in other words ("the reaction of the Russian embassy" is answered by
/// its "responding" with a rebuke), and a reaction asked of is one to what the question names: Russia's hostile reaction to
/// Montenegro's NATO bid answers "how did Russia react to the NATO bid", not "how did Russia respond to the expulsions".
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ReactionToWhatWasAskedTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("what was the reaction of the russian embassy in podgorica to the vote")]
    [InlineData("what was the russian embassy's response to the vote on the mission?")]
    public void A_reaction_asked_of_is_answered_by_the_response_the_sources_tell(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("rebuke", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How did Russia respond to the expulsions?")]
    [InlineData("what was russia's reaction to the expulsion of its diplomats in 2022?")]
    public void A_reaction_to_something_else_is_no_answer(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.DoesNotContain("reaction to Montenegro's NATO bid", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("to Montenegro's bid to join NATO", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reaction_to_what_was_asked_is_the_answer()
    {
        var answer = fixture.Engine.Ask("what was the response of russia to montenegro joining nato");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("coup", answer.Text, StringComparison.Ordinal);
    }
}
