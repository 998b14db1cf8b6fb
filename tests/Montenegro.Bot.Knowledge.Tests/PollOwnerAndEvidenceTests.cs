namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A poll the question says is someone's who is no pollster of the sources ("Gallup's survey", "the Nansen Dialogue
/// Centre's own survey") is declined, not answered with every poll; a pollster's own poll still is. A "no" to "did that
/// poll show a majority?" shows the polls it judged.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class PollOwnerAndEvidenceTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("What did Gallup's survey say about joining NATO?")]
    [InlineData("what did the Nansen Dialogue Centre's own poll on nato membership show?")]
    [InlineData("what did the polls carried out by Pew Research find about NATO?")]
    public void A_poll_by_someone_who_is_no_pollster_of_the_sources_is_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.StartsWith("My sources have no poll on NATO membership by", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pollster_of_the_sources_still_gets_its_polls()
    {
        var answer = fixture.Engine.Ask("what did CEDEM's poll in 2016 show?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("CEDEM", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_no_to_a_majority_shows_the_polls_it_judged()
    {
        var answer = fixture.Engine.Ask("Did the CEDEM survey of July 2015 find a majority in favour of NATO?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("36.6", answer.Text, StringComparison.Ordinal);
    }
}
