namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A yes/no question that pins its event to a year or a place in a series is judged on the event it names: "No." with the
/// true date or rank when the sources give another, "Yes." with the date when the relative time it asks about holds.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class YesNoContradictionTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("did montenegro join nato in 2016")]
    [InlineData("Did Montenegro join NATO in May 2017?")]
    public void Joining_nato_in_a_year_or_month_it_did_not_is_answered_no_with_the_date_it_joined(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No. ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("5 June 2017", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did montenegro join nato before 2018?")]
    [InlineData("did montenegro join nato after 2016?")]
    public void Joining_nato_at_a_time_the_date_satisfies_is_answered_yes_with_the_date(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Yes. ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("5 June 2017", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Was Montenegro the 30th member of NATO?")]
    [InlineData("was montenegro the 30th nato member?")]
    public void A_wrong_rank_in_nato_is_answered_no_with_the_true_rank(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No. ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("29th", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recognition_in_a_year_it_did_not_happen_is_answered_no_with_its_date()
    {
        var answer = fixture.Engine.Ask("Did Russia recognise Montenegro in 2007?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No. ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("11 June 2006", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_for_an_event_the_sources_do_not_report_stays_declined()
    {
        var answer = fixture.Engine.Ask("did montenegro join the eu in 2020");

        Assert.False(answer.Answered, answer.Text);
    }
}
