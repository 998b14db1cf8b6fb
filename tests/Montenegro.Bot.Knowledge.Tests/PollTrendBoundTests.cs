namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Support over time without the word "poll": support on one side of a dated event is what the polls on that side found,
/// and a trend asked of the polls a pollster and a span of years keep is told over all of them, not the earliest alone.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class PollTrendBoundTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Did support for NATO hold up after Montenegro actually joined?")]
    [InlineData("Was NATO membership still supported after Montenegro joined?")]
    public void Support_after_joining_is_the_polls_after_the_accession(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("43%", answer.Text, StringComparison.Ordinal);
        Assert.Contains("51%", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("October 2009", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How did backing for NATO develop in the first CEDEM polls from 2008 through 2010?", "36.45%", "45.1%")]
    [InlineData("How did support change in CEDEM's polls from 2011 through 2013?", "43.9%", "37.3%")]
    public void A_trend_over_a_span_of_years_runs_from_its_first_poll_to_its_last(string question, string first, string last)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(first, answer.Text, StringComparison.Ordinal);
        Assert.Contains(last, answer.Text, StringComparison.Ordinal);
        Assert.False(answer.Text.StartsWith("The earliest poll", StringComparison.Ordinal), answer.Text);
    }
}
