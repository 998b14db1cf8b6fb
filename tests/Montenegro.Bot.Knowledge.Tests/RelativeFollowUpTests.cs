using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Follow-ups measured or ordered from what the conversation already holds: "how long after the Chinese one was that?"
/// from an event an earlier turn asked about to the one just dated, "how long did that take?" across a turn on something
/// else, "who were the last ones?" over all and not only the countries named, "when did it actually join?" with the
/// outcome rather than the date just given, and "and the lowest in the table?" at the other end from the highest.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class RelativeFollowUpTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    [Fact]
    public void How_long_after_an_event_named_earlier_measures_from_that_event_to_the_last_one()
    {
        var answer = Converse("When did China open an embassy in Podgorica?", "and when did montenegro open one in beijing?", "how long after the chinese one was that?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("494 days", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_many_days_after_a_name_not_asked_about_measures_from_that_name_doing_the_same()
    {
        var answer = Converse("When did the United Kingdom recognise Montenegro?", "and china?", "how many days after russia was that?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("3 days", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_long_did_that_take_spans_the_last_two_dated_answers_across_a_question_on_who()
    {
        var answer = Converse("When did Montenegro apply for a NATO Membership Action Plan?", "who backed the application?", "when was it granted?", "how long did that take?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("13 months", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_ones_after_three_single_countries_are_the_last_of_all()
    {
        var answer = Converse("When did Russia recognise Montenegro's independence?", "and the us?", "what about britain?", "and who were the last ones?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("France", answer.Text, StringComparison.Ordinal);
        Assert.Contains("China", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void When_it_actually_joined_after_the_invitation_is_the_membership_not_the_invitation()
    {
        var answer = Converse("When was Montenegro formally invited to join NATO?", "and when did it actually join?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("5 June 2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lowest_in_the_table_after_the_highest_is_the_other_end_and_that_one_is_that_poll()
    {
        string[] turns = ["What did the most recent NATO poll in the table show?", "and the highest support in the table?", "and the lowest in the table?"];
        var lowest = Converse(turns);
        var ranIt = Converse([.. turns, "who ran that one and when?"]);

        Assert.Contains("36.45", lowest.Text, StringComparison.Ordinal);
        Assert.Contains("CEDEM", ranIt.Text, StringComparison.Ordinal);
        Assert.Contains("Nov 2008", ranIt.Text, StringComparison.Ordinal);
    }
}
