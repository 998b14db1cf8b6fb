namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Asked what steps the ratification timeline table lists, with no year, the answer is every named step it lists, not the
/// allies' unnamed ratifications.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class TimelineTableStepsTests(KnowledgeFixture fixture)
{
    [Fact]
    public void Every_named_step_is_listed()
    {
        var answer = fixture.Engine.Ask("Which steps does the ratification timeline table name?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Partnership for Peace", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Intensified Dialogue", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Membership Action Plan", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Accession protocol", answer.Text, StringComparison.Ordinal);
    }
}
