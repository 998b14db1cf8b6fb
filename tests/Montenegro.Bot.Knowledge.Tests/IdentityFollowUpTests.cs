namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Who were they?" after a count: the sources give how many voted against the Ukraine mission, not who, so the follow-up
/// is declined rather than answered with a passage about the vote that names nobody.
/// </summary>
public sealed class IdentityFollowUpTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Fact]
    public void Asking_who_they_were_after_how_many_voted_against_is_declined()
    {
        var answer = fixture.Hybrid.Converse("How did parliament vote on the NATO mission for Ukraine?", "how many MPs were against?", "who were they?");

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("don't name them", answer.Text, StringComparison.Ordinal);
    }
}
