namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class DatedEventTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("What occurred in the capital on 24 October 2015?", "riot")]
    [InlineData("what took place on the 16th of October 2016", "coup")]
    [InlineData("what happened on 2 December 2015 for Montenegro", "invit")]
    [InlineData("what did Montenegro do on 5 June 2017", "5 June 2017")]
    [InlineData("Which step did Montenegro take towards NATO in April 2008?", "Intensified Dialogue")]
    public void What_happened_on_a_day_is_answered_from_what_the_sources_date_to_that_day(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void What_else_happened_on_a_day_besides_an_event_a_statement_names_only_as_its_day_is_that_statement()
    {
        var answer = fixture.Engine.Ask("What occurred on 16 October 2016 apart from the parliamentary election?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("coup", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What happened on 2 February 2012?", "2 February 2012")]
    [InlineData("what happened on 20 August 2013", "20 August 2013")]
    public void A_day_the_sources_say_nothing_about_is_declined_not_answered_with_another_day(string question, string day)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("nothing on " + day, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_dated_only_to_the_month_is_given_as_such_when_it_matches_the_question()
    {
        var answer = fixture.Engine.Ask("what happened with the Membership Action Plan on 10 December 2009?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("nothing to 10 December 2009 itself", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Membership Action Plan", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_the_sources_date_only_to_its_month_is_answered_with_the_month_said_plainly()
    {
        var answer = fixture.Engine.Ask("what went on on 9 September 2022?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("My sources date nothing to 9 September 2022 itself", answer.Text, StringComparison.Ordinal);
        Assert.Contains("diplomats", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what happened after Montenegro became a member on 5 June 2017?")]
    [InlineData("what took place in the year before 16 October 2016?")]
    public void A_question_about_the_time_around_a_date_is_not_given_that_dates_events(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.NotEqual("event", answer.Intent);
    }

    [Fact]
    public void Of_several_events_on_a_day_the_one_matching_the_question_comes_first()
    {
        var answer = fixture.Engine.Ask("what happened in Podgorica on 24 October 2015?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Podgorica", answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }
}
