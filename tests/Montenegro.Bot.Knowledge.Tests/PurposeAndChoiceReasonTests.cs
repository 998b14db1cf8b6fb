namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Why" questions that ask what something was for ("meant to achieve", "the aim of") or why a deed was not done ("decided
/// against offering"), with meaning on: the first are answered by the sentence that states an aim, not by one that only
/// shares the subject's words with a hedge ("allegedly"); the second by the sentence that says the deed did not happen and
/// why, not by one that tells the deed's own aim or another decision.
/// </summary>
public sealed class PurposeAndChoiceReasonTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Theory]
    [InlineData("What were the October 2016 coup plotters trying to achieve?")]
    [InlineData("What was the aim of the 2016 coup attempt?")]
    [InlineData("What was the 2016 coup attempt meant to accomplish?")]
    public void A_question_on_what_something_was_for_is_answered_by_the_sentence_that_states_its_aim(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("aiming to stop", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Why did NATO decide against offering any new memberships in 2014?")]
    [InlineData("Why did the alliance decide against offering new countries membership in 2014?")]
    public void A_choice_not_to_act_is_answered_by_the_sentence_that_says_it_did_not_happen_and_why(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Crimea", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dnevne Novine", answer.Text, StringComparison.Ordinal);
    }

    // A choice the sources never tell of stays declined: the words of the choice are set aside, not the rest of the subject.
    [Theory]
    [InlineData("Why did Canada decide against opening an embassy in Podgorica?")]
    public void A_choice_not_to_act_the_sources_never_tell_stays_declined(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
