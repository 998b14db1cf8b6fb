namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Questions that compute over the polls in words of their own: the lead's extremes, a poll found by a figure it gave, rows
/// that lack a pollster, a bound on a share, and two ethnic groups set against each other.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class PollComputationTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Which poll in the table was the tightest race?")]
    [InlineData("What was the slimmest margin between backers and opponents in the table?")]
    public void The_closest_poll_is_the_one_with_the_smallest_lead(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("The narrowest lead in my sources: CEDEM, Dec 2016", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_widest_margin_is_the_largest_lead()
    {
        var answer = fixture.Engine.Ask("When were supporters and opponents furthest apart, with the widest gap in the table?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("The largest lead in my sources: CEDEM, Nov 2008", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_the_question_states_picks_the_poll_that_gave_it()
    {
        var answer = fixture.Engine.Ask("Which survey found 60.1% against joining?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("NSPM, 28 May-5 Jun 2016", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_without_a_pollster_are_listed()
    {
        var answer = fixture.Engine.Ask("List the polls in the table that have no pollster.");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("2 rows of the poll table name no polling firm: Oct 2014 and Mar 2014.", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did the Ipsos poll of Feb 2016 put support over 50%?", "Yes.")]
    [InlineData("Was opposition under half in DAMAR's 22 February 2016 poll?", "Yes.")]
    [InlineData("Was backing for NATO above 55 percent in the CEDEM poll of June 2017?", "No.")]
    public void A_bound_on_one_polls_share_gets_a_verdict(string question, string verdict)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_extreme_of_the_polls_meeting_a_bound_is_of_those_polls_only()
    {
        var answer = fixture.Engine.Ask("Among the polls in the table with a majority in favour, which had the biggest lead?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("The largest lead for NATO membership in my sources: DAMAR, 22 February 2016", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bound_any_poll_passed_is_a_yes_with_those_polls()
    {
        var answer = fixture.Engine.Ask("Did support in the table ever go above 55 percent?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Yes. 2 of the 27 polls in the poll table showed more than 55% in favour", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Ipsos, 8–16 Oct 2015", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_groups_of_one_poll_are_set_against_each_other()
    {
        var answer = fixture.Engine.Ask("Was support among Montenegrin Bosniaks higher than among Montenegrin Albanians in 2015?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Support for NATO membership was lower among Montenegrin Bosniaks (68%) than among Montenegrin Albanians (71.2%)", answer.Text, StringComparison.Ordinal);
        Assert.Contains("3.2 points less", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_asking_another_rank_replaces_the_last_rank()
    {
        var answer = fixture.Engine.Converse("What was the first poll in the poll table?", "and the latest one?", "which one had the lowest support?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("The lowest support in my sources: CEDEM, Nov 2008", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rank_of_two_words_in_a_follow_up_is_that_rank_not_the_most()
    {
        var answer = fixture.Engine.Converse("Which poll in the table showed the lowest support for NATO?", "what about the most recent one?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("The most recent poll in my sources: CISR/IRI", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Polls_where_one_side_outnumbered_the_other_are_counted()
    {
        var answer = fixture.Engine.Ask("In how many of the table's polls did opponents outweigh backers of NATO?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("14 of the 27 polls in the poll table showed more people against NATO membership than for it", answer.Text, StringComparison.Ordinal);
    }
}
