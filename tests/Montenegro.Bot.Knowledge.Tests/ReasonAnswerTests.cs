using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>"Why" questions, with meaning on: answered with the sentence that gives the cause, or declined when none does.</summary>
public sealed class ReasonAnswerTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Theory]
    [InlineData("For what reason did Montenegro send six Russian diplomats away in 2022?", "spying")]
    [InlineData("What was the goal of Rumsfeld's visit to Montenegro?", "War on Terror")]
    [InlineData("Why are many Montenegrins opposed to NATO?", "1999 bombing")]
    [InlineData("Why did opposition parties accuse parliament of dragging its feet on the Ukraine mission?", "commitments as a NATO member")]
    public void A_why_question_is_answered_with_the_sentence_that_gives_the_cause(string question, string cause)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(cause, answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Sources);
    }

    // Two sentences with a reason marker share "agree" with the question; the one that states the agreement it names wins.
    [Fact]
    public void Of_two_causes_the_one_stating_the_event_asked_about_is_given()
    {
        var answer = fixture.Hybrid.Ask("Why did Montenegro make an agreement with the United States?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("precondition", answer.Text, StringComparison.Ordinal);
    }

    // The sentence that gives the cause is cited: its passage is the answer's source.
    [Fact]
    public void The_cause_is_cited_with_the_passage_it_comes_from()
    {
        var answer = fixture.Hybrid.Ask("What was the goal of Rumsfeld's visit to Montenegro?");

        Assert.Contains(answer.Sources, s => s.Excerpt.Contains("War on Terror", StringComparison.Ordinal));
    }

    // Events the sources never tell of, or tell of without a cause: no sentence that gives a reason covers them. A sentence
    // close in meaning does not stand in for the words it lacks ("refuse" is not answered by joining the sanctions).
    [Theory]
    [InlineData("Why did Montenegro leave the United Nations?")]
    [InlineData("What prompted Montenegro to leave the United Nations?")]
    [InlineData("Why did Canada expel Montenegrin diplomats?")]
    [InlineData("Why did Albania object to the Ukraine mission?")]
    [InlineData("Why did Russia ban Montenegrin wine?")]
    [InlineData("Why did Montenegro refuse to join sanctions against Russia?")]
    public void A_why_question_the_sources_do_not_explain_stays_declined(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }

    // A follow-up that says nothing of its own subject is not answered from the first sentence that shares its verb.
    [Fact]
    public void A_bare_why_follow_up_is_not_answered_without_the_turn_before_it()
    {
        var answer = fixture.Hybrid.Ask("why did they agree to that?");

        Assert.NotEqual(ReasonIntent, answer.Intent);
    }

    private const string ReasonIntent = "reason";
}
