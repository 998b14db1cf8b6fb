using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Follow-ups that lean on more than the last question's words: the time between the last two events asked
/// about, the two sides of a question exchanged, and how things turned out after a question about one year.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class FollowUpResolutionTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // "The year after" a poll of one month is the next year's polls, not only that month's.
    [Fact]
    public void The_year_after_a_months_poll_is_that_next_years_poll_whatever_its_month()
    {
        var answer = Converse("What did the CEDEM poll of October 2010 find?", "and the year after?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2011", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_much_time_passed_between_them_measures_from_the_first_event_asked_about_to_the_second()
    {
        var answer = Converse("When did NATO invite Montenegro?", "and when did it join?", "how much time passed between them?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("551 days", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_montenegrin_question_for_the_days_between_two_dated_events_gets_the_count()
    {
        var answer = Converse("Kada je Crna Gora proglasila nezavisnost?", "A kada je postala članica UN?", "Koliko je vremena prošlo između toga?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("25", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duration_follow_up_after_only_one_dated_question_is_not_measured_against_an_older_turn()
    {
        var answer = Converse("Who is Igor Zaytsev?", "When did NATO invite Montenegro?", "how much time passed between them?");

        Assert.DoesNotContain("between Who", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Montenegro_in_the_other_capital_swaps_the_sides_of_an_embassy_question()
    {
        var answer = Converse("On what date did China turn its consulate in Podgorica into an embassy?", "and Montenegro in Beijing?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("13 November 2007", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("7 July 2006", answer.Text, StringComparison.Ordinal);
    }

    // The last question left China's embassy's place (Podgorica) unsaid; Montenegro's is the one in Beijing.
    [Fact]
    public void Montenegro_in_the_other_capital_swaps_the_sides_of_a_question_that_named_no_place()
    {
        var answer = Converse("when did china open its embassy?", "and montenegro's in beijing?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("13 November 2007", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("7 July 2006", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Fields, f => f.Name == "Taken as" && f.Value.Contains("Montenegro open its embassy in Beijing", StringComparison.Ordinal));
    }

    [Fact]
    public void Asking_how_it_ended_after_a_question_about_one_year_is_not_held_to_that_year()
    {
        var answer = Converse("Which NATO summit in 2014 was Montenegro hoping to be invited at?", "when was it ultimately invited?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2 December 2015", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void That_poll_means_the_one_poll_the_last_answer_gave_not_the_other_end_of_the_table()
    {
        var answer = Converse("What was the highest support for NATO in any poll?", "how many were against in that poll?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Ipsos", answer.Text, StringComparison.Ordinal);
        Assert.Contains("44%", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("63.55", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_two_countries_in_a_follow_up_are_the_ones_the_last_question_was_about()
    {
        var answer = Converse("Who from Canada wrote to extend recognition to Montenegro?", "and when were diplomatic ties between the two countries established?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Canad", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2007", answer.Text, StringComparison.Ordinal);
    }

    // "Who came after them?" is what the source tells next, which names the later visitor and not the visit just told.
    [Fact]
    public void Who_came_after_them_is_the_next_event_the_source_tells_and_he_is_its_person()
    {
        var next = Converse("Which US senators visited Montenegro on August 28?", "and who came after them?");
        var why = Converse("Which US senators visited Montenegro on August 28?", "and who came after them?", "why did he come?");

        Assert.True(next.Answered, next.Text);
        Assert.Contains("Rumsfeld", next.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("McCain", next.Text, StringComparison.Ordinal);
        Assert.True(why.Answered, why.Text);
        Assert.Contains("War on Terror", why.Text, StringComparison.Ordinal);
    }

    // "That" is the event the last answer gave, though the question named no one: the countries its answer named.
    [Fact]
    public void How_many_days_after_a_name_was_that_measures_to_the_date_the_last_answer_gave()
    {
        var answer = Converse("When did Russia recognise Montenegro?", "which permanent members of the Security Council recognised it last?", "how many days after Russia was that?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("3 days", answer.Text, StringComparison.Ordinal);
    }

    // The last question asked again is no reading of a follow-up with a clause of its own.
    [Fact]
    public void A_follow_up_with_its_own_predicate_is_not_the_last_question_asked_again()
    {
        var answer = Converse("When was Montenegro invited to join the Adriatic Charter?", "when did it become a full member?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("May 2009", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("25 September 2008", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yes_no_follow_up_answered_with_the_last_questions_context_keeps_its_verdict()
    {
        var answer = Converse("How did Montenegro's parliament vote on sending personnel to NATO's mission for Ukraine?", "did the Speaker support it?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Yes.", answer.Text, StringComparison.Ordinal);
    }

    // "And Roma?" after a group's share asks that share of a group the sources give no figure for: a decline, not a poll list.
    [Fact]
    public void A_group_the_sources_give_no_figure_for_after_a_groups_share_is_declined()
    {
        var answer = Converse("What did the July 2015 CEDEM poll find?", "how about among Montenegrin Albanians?", "and Roma?");

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("Roma", answer.Text, StringComparison.Ordinal);
    }

    // A yes/no question is a clause, not a thing "against" can be stitched onto: the count is asked of what it named.
    [Fact]
    public void How_many_were_against_after_a_yes_no_question_on_the_vote_gets_the_count_against()
    {
        var answer = Converse("did the parliament approve sending soldiers to nato's training mission for ukraine?", "how many were against?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("five against", answer.Text, StringComparison.Ordinal);
    }

    // "Why are so many against it?" after a poll asks the cause of the opposition, not the poll's figure against.
    [Fact]
    public void Why_are_so_many_against_it_after_a_poll_gets_the_cause_of_the_opposition()
    {
        var answer = Converse("what did cedem's march 2013 poll show on nato membership?", "why are so many against it?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("1999 bombing", answer.Text, StringComparison.Ordinal);
    }
}
