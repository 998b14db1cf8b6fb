namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Who were they?" after a count: the sources give how many voted against the Ukraine mission, not who, so the follow-up
/// is declined rather than answered with a passage about the vote that names nobody; "who backed it from the pro-Russian
/// side?" names who, of the vote just asked about.
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

    // "Pro-Russian" says who backed it, not what "it" is: the vote the last turn asked about is what was backed.
    [Fact]
    public void Asking_who_from_the_pro_russian_side_backed_it_names_the_speaker_of_the_vote_just_asked_about()
    {
        var answer = fixture.Hybrid.Converse("What did Montenegro's parliament decide about NATO's mission for Ukraine?", "who backed it from the pro-russian side?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Mandic", answer.Text, StringComparison.Ordinal);
    }
}
