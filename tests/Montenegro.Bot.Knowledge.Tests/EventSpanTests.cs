namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// The time between two events, found however the question names them: an event the sources date only inside a relative
/// clause ("who had fled Russia in 2017"), an adjective for the noun the sources use ("parliamentary ratification" for
/// "parliament ratified"), and a span opened by "separate" as by "between".
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class EventSpanTests(KnowledgeFixture fixture)
{
    [Fact]
    public void An_event_dated_in_a_relative_clause_is_one_end_of_a_span()
    {
        var answer = fixture.Engine.Ask("how many years after Senin fled Russia did Montenegro refuse to hand him over?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("about 6 years", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_adjective_of_the_question_is_covered_by_the_noun_of_the_sources()
    {
        var answer = fixture.Engine.Ask("How many days passed between the American Senate vote and the parliamentary ratification in Podgorica?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("31 days", answer.Text, StringComparison.Ordinal);
        Assert.Contains("28 April 2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Separate_opens_a_span_as_between_does()
    {
        var answer = fixture.Engine.Ask("How many months separate the NATO invitation and Montenegro's accession?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("about 18 months", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_and_of_a_name_the_sources_write_whole_does_not_split_a_span()
    {
        var answer = fixture.Engine.Ask("how many years passed between serbia and montenegro applying to pfp and montenegro joining nato");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("about 14 years", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_word_may_join_its_two_events_by_from()
    {
        var answer = fixture.Engine.Ask("Roughly how many years separated Serbia and Montenegro's application to the Partnership for Peace from Montenegro actually joining it?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("about 3 years", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2006", answer.Text, StringComparison.Ordinal);
    }
}
