namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Yes/no questions whose evidence says the asked act was refused, or counts votes against a vote asked to be unanimous:
/// "No." with the evidence, never the "Yes." that the shared words alone would suggest.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class RefusalAndUnanimityVerdictTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("was senin extradited to russia?")]
    [InlineData("did montenegro hand dmitry senin over to russia")]
    public void An_act_the_evidence_says_was_refused_is_answered_no(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("refused to extradite", answer.Text, StringComparison.Ordinal);
    }

    // The asylum is stated outside the refused clause: it did happen.
    [Fact]
    public void What_did_happen_beside_a_refusal_is_not_answered_no()
    {
        var answer = fixture.Engine.Ask("did montenegro grant senin asylum?");

        Assert.True(answer.Answered, answer.Text);
        Assert.DoesNotContain("No.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vote_with_votes_against_is_answered_not_unanimous()
    {
        var answer = fixture.Engine.Ask("Was the Ukraine mission resolution passed unanimously?");

        Assert.StartsWith("No.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("five against", answer.Text, StringComparison.Ordinal);
    }
}
