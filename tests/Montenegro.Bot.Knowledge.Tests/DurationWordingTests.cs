namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "How long after A did B?": the time said the way people ask it, in whole months (or years when it counts years) before
/// the exact days; "between A and B" with an event the sources do not date is declined, not answered with other events; and
/// a span the sources state for what is asked is said.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class DurationWordingTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("How long did it take Montenegro to open an embassy in Beijing after China's embassy in Podgorica opened?", "16 months", "494 days")]
    [InlineData("How long after the alliance's formal invitation did Montenegro become a member?", "18 months", "551 days")]
    [InlineData("How many years passed between the declaration of independence and NATO membership?", "11 years", "4020 days")]
    public void A_span_of_months_is_said_in_whole_months_or_years_before_the_exact_days(string question, string rounded, string days)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("about " + rounded, answer.Text, StringComparison.Ordinal);
        Assert.Contains(days, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_an_event_the_sources_do_not_date_and_another_is_not_answered_with_some_other_event()
    {
        var answer = fixture.Engine.Ask("How many years passed between Dmitry Senin being granted asylum and Montenegro refusing to extradite him?");

        Assert.False(answer.Answered, answer.Text);
        Assert.DoesNotContain("2015", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_the_sources_state_for_what_is_asked_is_preferred_to_one_between_other_events()
    {
        var answer = fixture.Engine.Ask("For how long was the Ukraine mission debated in parliament before the vote?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Nine months", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2016", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_stated_as_since_a_year_is_counted_to_the_date_of_its_statement()
    {
        var answer = fixture.Engine.Ask("How many years had the Democratic Party of Socialists been in power at the time of the 2016 election?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("About 25 years by October 2016", answer.Text, StringComparison.Ordinal);
    }
}
