namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "What does Montenegro need to ratify?" asks for the thing to be ratified, not which ally ratified the accession when;
/// a question for the date of an ally's ratification is still told that the table lost the allies' names.
/// </summary>
public sealed class RatifiedThingTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Fact]
    public void What_is_to_be_ratified_is_answered_by_the_thing_not_the_allies_table()
    {
        var answer = fixture.Hybrid.Ask("What does Montenegro need to ratify next after the Ukraine mission vote?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("security cooperation agreement", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void When_an_ally_ratified_is_still_declined_with_the_reason()
    {
        var answer = fixture.Hybrid.Ask("when did germany ratify montenegro's accession");

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("country names were lost", answer.Text, StringComparison.Ordinal);
    }
}
