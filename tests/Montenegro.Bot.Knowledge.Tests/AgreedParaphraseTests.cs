namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question that asks for a value in words no source uses ("intended to run" for "a two-year campaign"), with meaning
/// on: when retrieval by meaning agrees on the passage and the passage states a value of the kind asked, a text a little
/// less close in meaning is still its answer; an open question about something else among the same names is not.
/// </summary>
public sealed class AgreedParaphraseTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Fact]
    public void A_span_asked_in_other_words_is_answered_by_the_passage_both_retrievals_agree_on()
    {
        var answer = fixture.Hybrid.Ask("How many years was the pro-NATO campaign from 2009 intended to run?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("two-year campaign", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did the Montenegrin parliament's vote on the Ukraine mission cost taxpayers?")]
    [InlineData("How many ads was the pro-NATO campaign launched in 2009 meant to run?")]
    public void A_question_turning_on_words_no_source_uses_is_not_answered_by_a_passage_on_the_same_topic(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
