namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A passage found by its words that covers most of a question, and is also the passage closest in meaning to it, answers
/// the question put in other words; the guards keep questions about something else declined.
/// </summary>
public sealed class RetrievalAgreementTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    // "Value of the goods traded" for "total trade amounted to", "began in response" for "as a direct response ... launched".
    [Theory]
    [InlineData("How much were the goods traded between Montenegro and China worth in 2015?", "160,385,964")]
    [InlineData("What campaign began in response to the pro-NATO campaign?", "No to NATO")]
    [InlineData("When did lawmakers in Podgorica ratify the NATO accession treaty?", "28 April 2017")]
    public void A_question_mostly_covered_by_the_passage_closest_in_meaning_is_answered(string question, string expected)
    {
        var answer = fixture.Hybrid.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    // Only a name covered ("born"), an order the passage does not give ("first"), a time to come ("will be next").
    [Theory]
    [InlineData("When was Milo Đukanović born?")]
    [InlineData("Which country was the first to ratify Montenegro's NATO accession protocol?")]
    [InlineData("Who will be Montenegro's next prime minister?")]
    public void A_question_turning_on_what_the_passage_leaves_out_stays_declined(string question)
    {
        var answer = fixture.Hybrid.Ask(question);
        Assert.False(answer.Answered, answer.Text);
    }

    // A follow-up sharing one word with a passage ("the application") is not answered by it on agreement alone: the last
    // question's words, added as context, find who was behind it.
    [Fact]
    public void A_follow_up_sharing_a_single_word_with_the_closest_passage_is_answered_with_its_context()
    {
        var answer = fixture.Hybrid.Converse("When did Montenegro apply for a Membership Action Plan?", "who was behind the application?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Đukanović", answer.Text, StringComparison.Ordinal);
    }
}
