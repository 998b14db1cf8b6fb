namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A "why" question is answered by a cause. A source sentence that tells the event and only what went with it or came
/// after ("it was supported by ...", "and supports a referendum", "which was granted in 2009") gives none, so the bot
/// declines; one that tells what came before ("who had fled Russia") or a view someone holds ("claims it cannot afford to
/// remain neutral") still answers.
/// </summary>
public sealed class WhyCauseTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Theory]
    [InlineData("Why did two deputies abstain on the Ukraine mission resolution?")]
    [InlineData("Why is the Movement for Changes neutral about joining NATO?")]
    [InlineData("Why did Montenegro apply for a Membership Action Plan in November 2008?")]
    public void A_why_question_the_sources_give_no_cause_for_is_declined(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("Why does Đukanović's coalition reject neutrality?", "cannot afford")]
    [InlineData("Why did Montenegro refuse to extradite Senin?", "asylum")]
    [InlineData("Why did the government say a separate NATO referendum was not needed in 2016?", "plebiscite")]
    public void A_why_question_whose_cause_the_sources_give_is_answered(string question, string cause)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(cause, answer.Text, StringComparison.Ordinal);
    }
}
