using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Polls found by a time counted from a named date ("a month after the Ipsos poll of Sep 2015"), by the side of a dated event
/// ("before the 2016 election"), by a pollster with an extreme read like for like, and by a date a follow-up counts from the
/// polls just given ("and a year after that?").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class PollDatedTests(KnowledgeFixture fixture)
{
    private Answer Ask(string question) => fixture.Engine.Ask(question);

    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // A month after Ipsos's 11–18 Sep 2015 poll is its 8–16 Oct 2015 one (56% for), not its earliest or latest.
    [Fact]
    public void A_month_after_a_named_poll_is_the_poll_of_the_month_it_counts_to()
    {
        var answer = Ask("What did the Ipsos poll a month after the Ipsos poll of Sep 2015 find?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("56", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("53.4", answer.Text, StringComparison.Ordinal);
    }

    // Two days before DAMAR's 26 June 2016 poll is CEDEM's of 24 June 2016 (50.5%), not CEDEM's first poll (36.45%).
    [Fact]
    public void Days_earlier_than_a_named_poll_are_counted_from_its_day()
    {
        var answer = Ask("Set DAMAR's survey of 26 June 2016 against the CEDEM survey done two days earlier: how did they compare?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("50.5", answer.Text, StringComparison.Ordinal);
        Assert.Contains("54.2", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("36.45", answer.Text, StringComparison.Ordinal);
    }

    // Six months after CEDEM's Dec 2016 poll (49.88%) is its June 2017 poll (54.2%): one pollster's two polls, compared.
    [Fact]
    public void One_pollsters_poll_months_later_is_compared_with_the_named_one()
    {
        var answer = Ask("How did backing in CEDEM's December 2016 poll compare with CEDEM's poll six months later?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("49.88", answer.Text, StringComparison.Ordinal);
        Assert.Contains("54.2", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("50.5", answer.Text, StringComparison.Ordinal);
    }

    // Polls before the October 2016 election include those of 2015 and earlier, not only the earliest of 2016.
    [Fact]
    public void Polls_before_an_event_are_those_dated_before_it()
    {
        var answer = Ask("How many surveys were carried out ahead of the 2016 parliamentary election?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("October 2016", answer.Text, StringComparison.Ordinal);
        Assert.Contains("29", answer.Text, StringComparison.Ordinal);
    }

    // After the coup attempt of October 2016 come only the polls of Dec 2016, June 2017 and October 2017.
    [Fact]
    public void Polls_after_an_event_are_those_dated_after_it()
    {
        var answer = Ask("Which surveys came out after the coup attempt?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("49.88", answer.Text, StringComparison.Ordinal);
        Assert.Contains("43%", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("26 June 2016", answer.Text, StringComparison.Ordinal);
    }

    // Of CEDEM's table rows, June 2017 has the fewest against (45.8%); the text's CEDEM poll of July 2015 (37.3% against)
    // counts the undecided too, and is shown beside it rather than as the answer.
    [Fact]
    public void A_pollsters_extreme_is_read_in_the_table_first()
    {
        var answer = Ask("Of CEDEM's surveys, which had the smallest share against joining?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("The weakest opposition in the poll table", answer.Text, StringComparison.Ordinal);
        Assert.Contains("45.8", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_widest_lead_of_the_whole_table_is_a_poll_question()
    {
        var answer = Ask("what's the widest margin anywhere in the table?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("27.1", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_wanting_a_referendum_is_the_polls_figure()
    {
        var answer = Ask("what proportion of those asked were in favour of holding a referendum?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("72", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_polls_own_figure_names_its_poll()
    {
        var answer = Ask("Where does the 72% figure come from?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Strategic Marketing", answer.Text, StringComparison.Ordinal);
    }

    // A pollster named for nothing but its polls, with a month of one of its polls, asks for that poll.
    [Fact]
    public void A_pollsters_month_is_its_poll_whatever_else_is_said_of_it()
    {
        var answer = Ask("What did DAMAR find in February 2016, not long after the invitation?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("55.6", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_poll_by_a_firm_the_sources_never_name_is_declined()
    {
        var answer = Ask("Which Gallup survey found the most opposition to NATO?");

        Assert.False(answer.Answered, answer.Text);
    }

    // "CDHR" is no firm of its own: it abbreviates the Centre for Democracy and Human Rights the text names for a poll.
    [Fact]
    public void An_acronym_of_a_name_a_poll_gives_is_no_unknown_firm()
    {
        var answer = Ask("What did the CDHR poll of July 2015 find?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("36.6", answer.Text, StringComparison.Ordinal);
    }

    // "In the two years after 2014" is a span, not the date two years on.
    [Fact]
    public void A_span_after_a_year_is_no_date_counted_to()
    {
        var answer = Ask("How did support for NATO move in the two years after 2014?");

        Assert.DoesNotContain("Polls on NATO membership in 2016", answer.Text, StringComparison.Ordinal);
    }

    // A day of a month the table has no poll for is no poll, not the month's others.
    [Fact]
    public void Weeks_after_a_poll_with_no_poll_then_are_declined()
    {
        var answer = Ask("What did the DAMAR poll two weeks after 26 June 2016 show?");

        Assert.False(answer.Answered, answer.Text);
    }

    // CEDEM's 24 June 2009 poll, then October of that year (41.5% in the table), then a year after that (45.1%).
    [Fact]
    public void A_follow_up_counts_its_date_from_the_polls_just_given()
    {
        var october = Converse("What did CEDEM find on 24 June 2009?", "what about october of that year?");
        var later = Converse("What did CEDEM find on 24 June 2009?", "what about october of that year?", "and a year after that?");

        Assert.True(october.Answered, october.Text);
        Assert.Contains("41.5", october.Text, StringComparison.Ordinal);
        Assert.True(later.Answered, later.Text);
        Assert.Contains("45.1", later.Text, StringComparison.Ordinal);
    }

    // "What happened in October of that year?" asks for events, not for the polls of that month.
    [Fact]
    public void A_follow_up_asking_what_happened_is_no_poll_question()
    {
        var answer = Converse("What did CEDEM find in December 2011?", "what happened in october of that year?");

        Assert.DoesNotContain("Polls on NATO membership", answer.Text, StringComparison.Ordinal);
    }
}
