namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// An overview of relations asked for a time ("over 2022", "before 2010") tells what the sources date to that time, not the
/// whole story from 2006; a time they tell nothing of gets no overview.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class QuestionTimeOverviewTests(KnowledgeFixture fixture)
{
    [Fact]
    public void Relations_in_a_year_are_those_the_sources_date_to_it()
    {
        var answer = fixture.Engine.Ask("how did relations between montenegro and russia change in 2022?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("expelled", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("11 June 2006", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Relations_before_a_year_leave_out_what_came_after_it()
    {
        var answer = fixture.Engine.Ask("What were relations with Russia like before 2010?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2006", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2022", answer.Text, StringComparison.Ordinal);
    }
}
