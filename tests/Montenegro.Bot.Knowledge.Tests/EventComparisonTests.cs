namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class EventComparisonTests(KnowledgeFixture fixture)
{
    [Fact]
    public void Before_or_after_is_answered_of_the_event_the_question_asks_about()
    {
        var answer = fixture.Engine.Ask("did montenegros parliament ratify before or after the us senate voted");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("After:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("28 April 2017", answer.Text.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("28 March 2017", answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did France recognise Montenegro before or after Russia did?", "After:")]
    [InlineData("Did Russia recognise Montenegro before or after the EU?", "Before:")]
    public void Before_or_after_of_two_named_countries_says_which_not_yes(string question, string order)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(order, answer.Text, StringComparison.Ordinal);
        Assert.Contains("11 June 2006", answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Two_named_events_of_one_day_are_said_to_be_on_the_same_day()
    {
        var answer = fixture.Engine.Ask("Was Montenegro added to the DXCC list before or after it joined the UN?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Same day:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("DXCC", answer.Text, StringComparison.Ordinal);
        Assert.Contains("admitted", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Days_after_an_event_are_counted_to_the_later_event_the_question_names()
    {
        var answer = fixture.Engine.Ask("How many days after its own parliament ratified did Montenegro become a member?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("38 days", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Talks", answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Early_or_late_for_one_event_is_answered_with_its_date_not_a_comparison()
    {
        var answer = fixture.Engine.Ask("did the united states recognise montenegro early on or only much later?");

        Assert.True(answer.Answered, answer.Text);
        Assert.NotEqual("comparison", answer.Intent);
        Assert.Contains("June 12, 2006", answer.Text, StringComparison.Ordinal);
        Assert.Contains("among the first", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What had been approved in June, before the NATO Ukraine mission vote?")]
    [InlineData("what did montenegro approve in june about ukraine before the nato mission vote")]
    public void A_thing_asked_for_with_before_as_a_time_anchor_is_not_a_comparison_of_two_events(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.NotEqual("comparison", answer.Intent);
        Assert.Contains("EU mission", answer.Text, StringComparison.Ordinal);
    }
}
