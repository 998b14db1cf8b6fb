using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Questions that set one poll against others: the change between two named polls in time order with its direction, how
/// many polls meet a condition, the poll before or after a named one, and the details of a poll the table does not hold.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class PollComparisonTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Did support rise or fall between the Ipsos poll of October 2015 and the CEDEM poll of November 2015?",
        "Support for NATO membership fell from 56% (Ipsos, 8–16 Oct 2015) to 49.8% (CEDEM, Nov 2015), 6.2 points.")]
    [InlineData("How did support change between the NSPM poll and the October 2009 CEDEM poll?",
        "Support for NATO membership fell from 41.5% (CEDEM, Oct 2009) to 39.9% (NSPM, 28 May-5 Jun 2016), 1.6 points.")]
    public void A_change_between_two_named_polls_is_told_in_time_order_with_its_direction(string question, string lead)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(lead, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_that_gives_only_a_date_takes_the_poll_of_that_date_whoever_ran_it()
    {
        var answer = fixture.Engine.Ask("How did support move between CEDEM's poll of December 2011 and the poll of 11 August 2013?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Support for NATO membership fell from 51.5% (CEDEM, Dec 2011) to 50.6% (Ipsos, 11 August 2013), 0.9 points.", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What happened to NATO support between the December 2011 CEDEM poll and the Ipsos poll of 11 August 2013?")]
    [InlineData("what was support like between cedem's december 2011 poll and the august 2013 ipsos one")]
    public void Two_precisely_named_polls_are_compared_whatever_verb_asks_it(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.StartsWith("Support for NATO membership fell from 51.5% (CEDEM, Dec 2011) to 50.6% (Ipsos, 11 August 2013), 0.9 points.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Opposition_between_two_polls_is_told_as_opposition()
    {
        var answer = fixture.Engine.Ask("Did opposition grow between the CEDEM poll of Sep 2011 and the CEDEM poll of Mar 2013?");

        Assert.StartsWith("Opposition to NATO membership rose from 56.1% (CEDEM, Sep 2011) to 62.7% (CEDEM, Mar 2013), 6.6 points.", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many of the table's polls found a majority against membership?", "14 of the 27 polls in the poll table showed a majority against NATO membership, from Nov 2008 to 6–12 October 2017")]
    [InlineData("How many CEDEM polls in the table put support above 50%?", "3 of the 14 polls in the poll table showed more than 50% in favour of NATO membership, from Dec 2011 to June 2017")]
    [InlineData("How many DAMAR polls in the table showed a majority for joining?", "All 4 polls in the poll table showed a majority in favour of NATO membership")]
    public void Polls_meeting_a_condition_are_counted_with_their_dates(string question, string lead)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(lead, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What was the sample size of the Ipsos poll of February 2016?", "50.5%")]
    [InlineData("What was the margin of error in the DAMAR poll of 22 February 2016?", "55.6%")]
    public void A_detail_of_how_a_poll_was_run_is_declined_with_the_figures_the_sources_do_give(string question, string figure)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains(figure, answer.Text, StringComparison.Ordinal);
        Assert.Contains("margin of error", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_the_sources_give_no_figure_for_is_declined_and_one_they_give_a_figure_for_is_answered()
    {
        var unheld = fixture.Engine.Ask("What share of Catholics backed NATO membership in the Ipsos poll of Feb 2016?");
        var held = fixture.Engine.Ask("What percentage of Montenegrin Bosniaks supported membership in July 2015?");

        Assert.False(unheld.Answered, unheld.Text);
        Assert.Contains("no figure for Catholics", unheld.Text, StringComparison.Ordinal);
        Assert.Contains("Montenegrin Albanians", unheld.Text, StringComparison.Ordinal);
        Assert.True(held.Answered, held.Text);
        Assert.Contains("68", held.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_of_respondents_is_answered_where_the_number_of_respondents_is_declined()
    {
        var share = fixture.Engine.Ask("How many respondents wanted a referendum in the Strategic Marketing poll?");
        var sample = fixture.Engine.Ask("How many respondents took part in the CISR/IRI poll?");

        Assert.True(share.Answered, share.Text);
        Assert.Contains("72", share.Text, StringComparison.Ordinal);
        Assert.False(sample.Answered, sample.Text);
        Assert.Contains("43%", sample.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_poll_after_a_named_one_is_its_neighbour_in_date_order()
    {
        var answer = fixture.Engine.Ask("Which poll came after the Ipsos poll of February 2016?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("DAMAR, 22 February 2016: 55.6%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_asks_for_the_poll_before_the_one_just_given_and_who_ran_it()
    {
        var first = fixture.Engine.Ask("What did the DAMAR poll of 26 June 2016 find?");
        Assert.True(first.Answered, first.Text);
        var conversation = Conversation.Empty.With(first.Turn!);

        var before = fixture.Engine.Ask("and the poll just before that one?", conversation);
        Assert.True(before.Answered, before.Text);
        Assert.Contains("50.5%", before.Text, StringComparison.Ordinal);

        var who = fixture.Engine.Ask("who ran it?", conversation.With(before.Turn!));
        Assert.True(who.Answered, who.Text);
        Assert.Contains("CEDEM", who.Text, StringComparison.Ordinal);
    }

    // "After Montenegro joined" sets the polls in time, but the question names their months: both polls, not the latest alone.
    [Fact]
    public void Two_polls_named_by_their_months_after_an_event_are_both_given()
    {
        var answer = fixture.Engine.Ask("how did backing for nato look after montenegro joined, in the june 2017 and october 2017 polls?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("54.2%", answer.Text, StringComparison.Ordinal);
        Assert.Contains("43%", answer.Text, StringComparison.Ordinal);
    }
}
