namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Poll questions that name a side ("the pro-NATO side's biggest lead") or bound a year ("since 2016", "after 2015"): the
/// answer keeps to the side and the time asked instead of the table's overall extreme or the polls of that one year.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class PollSideAndYearBoundTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("What's the biggest lead the pro-NATO side ever had in a poll?")]
    [InlineData("Which poll had the largest margin in favour of NATO membership?")]
    public void The_largest_lead_of_the_side_for_membership_is_a_poll_supporters_led(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        // The overall widest margin (27.1 points, November 2008) was the opponents'; supporters' widest was DAMAR's 11.
        Assert.Contains("DAMAR, 22 February 2016", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("27.1", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_closest_poll_supporters_led_is_not_one_they_lost()
    {
        var answer = fixture.Engine.Ask("closest poll where supporters were ahead");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("50.5%", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("49.88%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Polls_since_a_year_include_the_later_years()
    {
        var answer = fixture.Engine.Ask("Which polls were taken since 2016?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("since 2016", answer.Text, StringComparison.Ordinal);
        Assert.Contains("October 2017", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Dec 2016", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Polls_after_a_year_are_a_list_not_the_latest_poll()
    {
        var answer = fixture.Engine.Ask("show me polls after 2015");
        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Polls on NATO membership after 2015", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2015:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trend_since_a_year_runs_from_that_year_to_the_latest_poll()
    {
        var answer = fixture.Engine.Ask("Has support for NATO in Montenegro risen since 2008?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("rose from 36.45%", answer.Text, StringComparison.Ordinal);
        Assert.Contains("43%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trend_of_opposition_follows_the_share_against()
    {
        var answer = fixture.Engine.Ask("how has opposition to nato changed over time");
        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Opposition to NATO membership fell from 63.55%", answer.Text, StringComparison.Ordinal);
    }
}
