using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A duration follow-up measures from or to the event the last answer gave, whatever the turns before it asked: "how long
/// after the invitation was that?", "how long after that did it ...?", "how long did it take to get it?". Milestones the
/// article dates to the month are counted on the day the timeline table gives them.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class AnsweredEventSpanTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // The article dates both steps to their month; the table to their day (2008-04-03, 2008-06-20).
    [Fact]
    public void Time_between_two_milestones_dated_to_the_month_is_counted_on_the_table_days()
    {
        var answer = fixture.Engine.Ask("How long after entering Intensified Dialogue did Montenegro adopt its Individual Partnership Action Plan?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("78 days", answer.Text, StringComparison.Ordinal);
    }

    // "That" is the accession the last answer gave, though the turn before asked about the paperwork, not the joining.
    [Fact]
    public void How_long_after_a_named_event_was_that_measures_to_the_last_answers_event()
    {
        var answer = Converse("When did NATO formally invite Montenegro?", "When did Montenegro join NATO?", "where was the instrument of accession deposited?", "how many days after the invitation was that?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("551 days", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2013", answer.Text, StringComparison.Ordinal);
    }

    // "Receive it" is the plan just applied for, received; not the span between the two dated questions asked.
    [Fact]
    public void How_long_did_it_take_to_get_it_runs_from_the_last_answers_event_to_getting_its_thing()
    {
        var answer = Converse("When did Montenegro enter Intensified Dialogue with NATO?", "when did it apply for a Membership Action Plan?", "how long did it take to receive it?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("394 days", answer.Text, StringComparison.Ordinal);
    }

    // "After that" is the last answer's event, told whole, not the last question's words with its opening "and".
    [Fact]
    public void How_long_after_that_did_it_measures_from_the_last_answers_event()
    {
        var answer = Converse("Which summit brought Montenegro into Partnership for Peace?", "and intensified dialogue?", "how long after that did it adopt an individual partnership action plan?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("78 days", answer.Text, StringComparison.Ordinal);
    }

    // "Membership" named bare after the NATO treaty's ratification is NATO membership (5 June 2017), not the UN's (2006).
    [Fact]
    public void How_many_days_before_membership_after_a_ratification_counts_to_the_membership_of_that_body()
    {
        var answer = Converse("when did montenegro's parliament ratify the nato accession treaty?", "how many days before membership was that?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("38 days", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("United Nations", answer.Text, StringComparison.Ordinal);
    }
}
