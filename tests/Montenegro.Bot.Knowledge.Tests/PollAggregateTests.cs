namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>Questions about the pollsters themselves: which ones, and which carried out the most polls.</summary>
[Collection(KnowledgeCollection.Name)]
public sealed class PollAggregateTests(KnowledgeFixture fixture)
{
    [Fact]
    public void Which_pollsters_lists_each_with_its_number_of_polls()
    {
        var answer = fixture.Engine.Ask("Which companies did the NATO opinion polls?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("• CEDEM:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("• Ipsos:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("• DAMAR:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pollster_with_the_most_polls_is_counted_not_the_highest_figure()
    {
        var answer = fixture.Engine.Ask("Who did the most surveys on joining NATO?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("CEDEM carried out the most polls", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pollster_with_the_highest_support_is_a_polls_figure()
    {
        var answer = fixture.Engine.Ask("Which pollster recorded the most support for NATO?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("The highest support in my sources", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_named_pollsters_compared_get_both_polls_and_a_verdict()
    {
        var answer = fixture.Engine.Ask("Compare DAMAR's poll of May 2016 with the NSPM one.");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Support for NATO membership was higher in the DAMAR poll", answer.Text, StringComparison.Ordinal);
        Assert.Contains("39.9%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_and_latest_polls_compared_are_both_shown()
    {
        var answer = fixture.Engine.Ask("How does the earliest poll compare with the latest one?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Nov 2008", answer.Text, StringComparison.Ordinal);
        Assert.Contains("October 2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pollsters_finding_about_membership_is_that_poll()
    {
        var answer = fixture.Engine.Ask("What did DAMAR find on NATO membership in May 2016?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("DAMAR, 16–20 May 2016: 54.6% for NATO membership", answer.Text, StringComparison.Ordinal);
    }
}
