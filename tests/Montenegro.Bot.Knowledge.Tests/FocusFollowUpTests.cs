namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A short follow-up that names nothing of its own is read against the focus the last answer left (its passage, its poll,
/// its two dates): "did it work?" and "why not?" are told by the passage's next sentences, "who was supposed to be killed?"
/// and "what was his job?" by the passage itself, "what was the lead?" by the poll just given. The same words after another
/// question get that question's answer, and a follow-up the focus does not answer is still declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class FocusFollowUpTests(KnowledgeFixture fixture)
{
    private const string Letter = "What did Slovenia and Croatia do in May 2014 about Montenegro's NATO bid?";

    [Fact]
    public void Did_it_work_is_answered_by_what_the_passage_tells_came_of_it_past_what_was_only_expected()
    {
        var answer = fixture.Engine.Converse(Letter, "did it work?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("would not be offering any new countries membership", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("expects", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_not_after_the_outcome_is_answered_by_the_reason_the_passage_gives_next()
    {
        var answer = fixture.Engine.Converse(Letter, "did it work?", "why not?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("annexation of Crimea", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did Montenegro's parliament recently vote on regarding Ukraine?", "what was the result?", "44 votes")]
    [InlineData("When was the coup attempt in Montenegro?", "who was supposed to be killed?", "Đukanović")]
    [InlineData("Who is Andria Mandic?", "which political group is he from?", "Democratic Front")]
    public void A_follow_up_nothing_else_answers_is_read_from_the_last_answer(string opener, string followUp, string expected)
    {
        var answer = fixture.Engine.Converse(opener, followUp);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void His_job_is_that_of_whoever_the_last_question_asked_for()
    {
        var answer = fixture.Engine.Converse("Who is Igor Zaytsev?", "who allegedly was one of his agents?", "what was his job?");

        Assert.Contains("spokesperson", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who is Dmitry Senin?", "and Igor Zaytsev, who's he?", "Senin")]
    [InlineData("When was the coup attempt in Montenegro?", "what was that officer's name?", "Đukanović")]
    public void A_follow_up_the_focus_does_not_answer_is_not_answered_from_it(string opener, string followUp, string notExpected)
    {
        var answer = fixture.Engine.Converse(opener, followUp);

        Assert.DoesNotContain(notExpected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who is Igor Zaytsev?", "how old is he?")]
    [InlineData("Who is Igor Zaytsev?", "what's his favourite food?")]
    [InlineData("Who is Andria Mandic?", "is he married?")]
    public void A_question_about_the_person_the_focus_says_nothing_of_is_declined(string opener, string followUp)
    {
        var answer = fixture.Engine.Converse(opener, followUp);

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void How_long_between_the_two_measures_the_last_two_dates_even_when_one_was_asked_elliptically()
    {
        var answer = fixture.Engine.Converse("When did Montenegro get its NATO Membership Action Plan?", "and the invitation?", "how long between the two?");

        Assert.StartsWith("about 6 years", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lead_asked_of_no_poll_is_that_of_the_poll_just_given()
    {
        var answer = fixture.Engine.Converse("What did the NSPM poll in 2016 show on NATO membership?", "what was the lead?");

        Assert.Contains("a lead of 20.2", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("CEDEM", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_ranking_a_thing_of_its_own_does_not_take_the_pollster_in_context()
    {
        var answer = fixture.Engine.Converse("What did the NSPM poll in 2016 show on NATO membership?", "and the DAMAR one from a week or so before?", "who ran the most recent poll?");

        Assert.Contains("CISR/IRI", answer.Text, StringComparison.Ordinal);
    }
}
