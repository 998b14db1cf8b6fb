using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Questions that set something aside ("besides the US"), that ask which of a group came first, and follow-ups that ask
/// which of the last two events asked about came first.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class OrderingAndExclusionTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    [Fact]
    public void A_recognition_question_that_sets_one_recogniser_aside_names_the_other_one_of_that_day()
    {
        var answer = fixture.Engine.Ask("Apart from the European Council of Ministers, who recognised Montenegro on 12 June?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("United States", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("European Council", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recognition_question_that_sets_aside_the_only_recogniser_of_that_day_is_declined()
    {
        var answer = fixture.Engine.Ask("Besides Russia, which country recognised Montenegro on 11 June 2006?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void An_answer_about_only_what_the_question_sets_aside_goes_on_to_what_the_sources_say_next()
    {
        var answer = fixture.Engine.Ask("Apart from NATO headquarters, where were flag-raising ceremonies held when Montenegro joined?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Mons", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Headquarters", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_of_the_security_council_is_not_given_as_the_first_in_the_whole_world()
    {
        var answer = fixture.Engine.Ask("Which state was the earliest of all in the world to recognise Montenegro?");

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("Security Council", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Which_of_the_permanent_members_came_first_after_two_recognitions_asks_about_the_group_not_the_last_one_named()
    {
        var answer = Converse("When did the United Kingdom recognise Montenegro?", "and France?", "which of the permanent members of the security council came first?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Russia", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Which_happened_later_after_two_dated_questions_compares_their_events_with_both_dates()
    {
        var answer = Converse("When did NATO invite Montenegro?", "and when did it join?", "which happened later?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2 December 2015", answer.Text, StringComparison.Ordinal);
        Assert.Contains("5 June 2017", answer.Text, StringComparison.Ordinal);
        Assert.Contains("before", answer.Text, StringComparison.Ordinal);
    }
}
