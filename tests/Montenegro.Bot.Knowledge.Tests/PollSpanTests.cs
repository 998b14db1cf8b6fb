namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "How did CEDEM's numbers develop from June 2016 to June 2017?": a span whose two ends are each a month of a year holds
/// every poll between them, not only those of the ends' months; and the change between two polls of one pollster tells its
/// polls in between, with the highest and lowest of them.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class PollSpanTests(KnowledgeFixture fixture)
{
    [Fact]
    public void A_span_of_months_holds_the_polls_between_its_ends()
    {
        var answer = fixture.Engine.Ask("How did CEDEM's figures evolve from June 2016 to June 2017?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("50.5", answer.Text, StringComparison.Ordinal);
        Assert.Contains("49.88", answer.Text, StringComparison.Ordinal);
        Assert.Contains("54.2", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_change_between_two_polls_of_one_pollster_tells_its_polls_in_between()
    {
        var answer = fixture.Engine.Ask("How did CEDEM's support change between September 2011 and September 2012?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("43.9", answer.Text, StringComparison.Ordinal);
        Assert.Contains("the highest was 51.5%", answer.Text, StringComparison.Ordinal);
        Assert.Contains("46.8", answer.Text, StringComparison.Ordinal);
        Assert.Contains("49%", answer.Text, StringComparison.Ordinal);
    }
}
