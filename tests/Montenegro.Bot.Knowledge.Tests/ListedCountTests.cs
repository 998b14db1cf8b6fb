namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class ListedCountTests(KnowledgeFixture fixture)
{
    [Fact]
    public void Countries_the_sources_list_are_counted_and_named()
    {
        var answer = fixture.Engine.Ask("How many countries does the article list as backing Montenegro's membership bid?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("My sources name 4 countries", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Romania", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Germany", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_poll_conducted_by_a_firm_is_counted_not_declined_as_an_unknown_event()
    {
        var answer = fixture.Engine.Ask("How many surveys in the table were conducted by Ipsos?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Ipsos", answer.Text, StringComparison.Ordinal);
    }
}
