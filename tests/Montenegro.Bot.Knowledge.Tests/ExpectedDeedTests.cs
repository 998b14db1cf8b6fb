namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "When was X invited?" asks when it happened: a text that tells the deed only as expected ("expected Montenegro to be
/// invited at NATO's 2014 summit") does not date it, whichever name the question puts first. A deed told only as the next
/// step has not happened yet, and is what a question on what is expected next asks for.
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

    // The sources give the security agreement with Ukraine only as "the next step": it has not been ratified yet, so a
    // question on whether it was gets "Not yet", never "Yes". Asked of a year it was only expected for, the deed did not
    // happen then.
    [Theory]
    [InlineData("has montenegro ratified the security agreement with ukraine?", "Not yet.")]
    [InlineData("did montenegro ratify a security cooperation agreement with ukraine?", "Not yet.")]
    [InlineData("was montenegro invited into nato at the wales summit in 2014?", "No.")]
    public void A_deed_told_only_as_expected_has_not_happened(string question, string verdict)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
    }

    // A deed told before the expectation word happened: "threatened that membership would make Montenegro a target".
    [Fact]
    public void A_deed_told_before_what_it_expects_gets_its_yes()
    {
        var answer = fixture.Engine.Ask("did a russian mp threaten montenegro with missiles?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Yes.", answer.Text, StringComparison.Ordinal);
    }

    // A plan is no forecast: whether parliament will ratify it is not told, and the plan is shown as the nearest thing said,
    // whether the future is asked with "will" or "going to".
    [Theory]
    [InlineData("will montenegro's parliament ratify the security agreement with ukraine?")]
    [InlineData("is montenegro going to ratify the security agreement with ukraine?")]
    public void Whether_a_planned_deed_will_happen_is_declined_with_the_plan(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("next step", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What agreement is Montenegro expected to ratify with Ukraine next?")]
    [InlineData("what agreement is montenegro supposed to ratify with ukraine?")]
    [InlineData("which agreement is montenegro supposed to ratify with ukraine?")]
    public void The_agreement_montenegro_is_expected_to_ratify_is_the_next_step(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("security cooperation agreement", answer.Text, StringComparison.Ordinal);
    }
}
