namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Signed off on the plan" is the plan's endorsement, while "signed off on the accession" is still a ratification.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ApprovalWordingTests(KnowledgeFixture fixture)
{
    [Fact]
    public void Signing_off_on_a_plan_is_endorsing_it()
    {
        var answer = fixture.Engine.Ask("who signed off on the Ukraine mission plan before the parliament vote?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Council for Defense and Security", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Signing_off_on_the_accession_is_still_ratifying_it()
    {
        var answer = fixture.Engine.Ask("which countries signed off on montenegro's nato accession?");

        Assert.DoesNotContain("Council for Defense and Security", answer.Text, StringComparison.Ordinal);
        Assert.Contains("ratif", answer.Text, StringComparison.OrdinalIgnoreCase);
    }
}
