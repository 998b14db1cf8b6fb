using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "How many altogether?", "by how many?": the total or difference of counts the sources state in one place is worked out
/// and put first, with the figures it comes from, ahead of the cited text; counts of different things are never added up.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ArithmeticAnswerTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Altogether, how many MPs voted on the NATO Ukraine mission?", "51 in all: 44 + 5 + 2.")]
    [InlineData("Combined, how many soldiers, medical staff and officers did Montenegro send to Afghanistan?", "45 in all: 40 + 3 + 2.")]
    [InlineData("How many Russian diplomats did Montenegro throw out in 2022, both expulsions counted?", "11 in all: 5 + 6.")]
    [InlineData("How many MPs voted on the NATO Ukraine mission, all told?", "51 in all: 44 + 5 + 2.")]
    public void A_total_of_counts_stated_together_is_worked_out_first(string question, string lead)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(lead, answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Sources);
    }

    [Fact]
    public void A_total_keeps_the_sentence_it_was_worked_out_from_and_gives_it_as_fields()
    {
        var answer = fixture.Engine.Ask("Altogether, how many MPs voted on the NATO Ukraine mission?");

        Assert.Contains("44 votes in favour, five against and two abstentions", answer.Text, StringComparison.Ordinal);
        Assert.Contains(new AnswerField("Total", "51"), answer.Fields);
        Assert.Contains(new AnswerField("Sum of", "44 + 5 + 2"), answer.Fields);
    }

    [Theory]
    [InlineData("How many more votes in favour than against did the Ukraine mission resolution get?", "A difference of 39: 44 − 5.")]
    [InlineData("How many more officers than soldiers went to Afghanistan?", "A difference of 38: 40 − 2.")]
    [InlineData("By how many percentage points did support among Montenegrin Albanians exceed that among Montenegrin Serbs in July 2015?", "A difference of 59.9 percentage points: 71.2% − 11.3%.")]
    // The ends are the poll table's (56% and 36.45%), read like for like: the text's 31.2% counts the undecided as well.
    [InlineData("Between the lowest and the highest support for membership in the polls, what is the difference?", "A difference of 19.55 percentage points: 56% − 36.45%.")]
    public void A_difference_of_counts_or_shares_stated_together_is_worked_out_first(string question, string lead)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(lead, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("so how many is that altogether?", "51 in all: 44 + 5 + 2.")]
    [InlineData("and the margin?", "A difference of 39: 44 − 5.")]
    public void A_follow_up_works_out_the_counts_of_the_answer_before(string followUp, string lead)
    {
        var first = fixture.Engine.Ask("How did the Montenegrin parliament vote on the NATO Ukraine mission?");
        Assert.True(first.Answered, first.Text);

        var answer = fixture.Engine.Ask(followUp, Conversation.Empty.With(first.Turn!));

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(lead, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_of_one_of_the_listed_things_is_not_added_up()
    {
        var answer = fixture.Engine.Ask("In total, how many soldiers did Montenegro deploy to Afghanistan?");

        Assert.True(answer.Answered, answer.Text);
        Assert.DoesNotContain("in all:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("40 soldiers", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_of_someone_else_are_not_added_up_for_the_question()
    {
        var answer = fixture.Engine.Ask("How many Montenegrin diplomats were expelled altogether in 2022?");

        Assert.DoesNotContain("in all:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sum_of_money_and_a_number_of_countries_are_not_added_up()
    {
        var answer = fixture.Engine.Ask("In total, how much was trade between China and Montenegro worth in 2015?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("In 2015, total trade", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("in all:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shares_of_one_poll_are_not_added_up_unless_the_question_names_each()
    {
        var answer = fixture.Engine.Ask("What percentage in total did the December 2015 poll find?");

        Assert.True(answer.Answered, answer.Text);
        Assert.DoesNotContain("in all:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_of_different_things_in_one_sentence_are_left_alone()
    {
        var question = Question.Parse("Altogether, how many were sent?", fixture.Knowledge);
        var given = new Answer(true, "nato", "Deployment", "Montenegro sent 40 soldiers to Afghanistan and bought 2 helicopters from the United States.", [], [], []);

        var computed = Arithmetic.Apply(question, given, fixture.Knowledge, _ => given);

        Assert.Null(computed);
    }

    [Fact]
    public void Years_and_days_of_a_month_are_no_counts_to_work_with()
    {
        var question = Question.Parse("Altogether, how many were there?", fixture.Knowledge);
        var given = new Answer(true, "nato", "Dates", "NATO invited Montenegro on 2 December 2015 and it joined on 5 June 2017.", [], [], []);

        var computed = Arithmetic.Apply(question, given, fixture.Knowledge, _ => given);

        Assert.Null(computed);
    }

    [Theory]
    [InlineData("By how many votes did the accession treaty pass Montenegro's parliament in April 2017?")]
    [InlineData("What's the combined strength of Montenegro's navy and air force?")]
    public void A_total_or_difference_the_sources_do_not_state_is_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
