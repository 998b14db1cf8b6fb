namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "What happened on election day?": a question keyed by an event's day asks what else happened that day, which the sources
/// tell as "a coup d'état on 16 October 2016, on the day of the parliamentary election"; the election's own result does
/// not answer it, and a day the sources tie to nothing stays declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class DayOfEventTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("what happened on election day?")]
    [InlineData("What happened on the day of the 2016 parliamentary election?")]
    [InlineData("what happened in montenegro on election day 2016")]
    public void What_happened_on_an_events_day_is_what_the_sources_date_to_that_day(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("coup d'état", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asked_after_the_election_result_the_day_still_gets_the_coup_attempt()
    {
        var answer = fixture.Engine.Converse("Which party won Montenegro's October 2016 parliamentary election?", "what happened on election day itself?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("coup d'état", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_the_sources_tie_to_no_other_event_is_not_answered_with_one()
    {
        var answer = fixture.Engine.Ask("what happened on independence day?");

        Assert.DoesNotContain("coup", answer.Text, StringComparison.Ordinal);
    }
}
