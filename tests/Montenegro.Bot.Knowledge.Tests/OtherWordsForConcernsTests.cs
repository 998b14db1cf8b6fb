namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// The sources tell of concerns and opponents in their own words: "expressed concerns", "the main groups that do not
/// support". A question asking what someone was worried about, or who tends not to support something, asks the same, and is
/// answered by those sentences rather than declined, with meaning on or words only.
/// </summary>
public sealed class OtherWordsForConcernsTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Theory]
    [InlineData("what were some coalition parties worried about with the ukraine deployment")]
    [InlineData("what were some of the coalition parties worried about regarding the mission for ukraine?")]
    public void What_someone_was_worried_about_is_answered_by_the_concerns_they_expressed(string question)
    {
        HybridAnswerAssert.AnsweredQuoting(fixture, question, "expressed concerns", "destabilize the region");
    }

    [Theory]
    [InlineData("who tends not to support nato membership according to polling demographics")]
    [InlineData("who seems not to support nato membership, going by the demographic breakdown of polls?")]
    public void Who_tends_not_to_support_something_asks_who_does_not_support_it(string question)
    {
        HybridAnswerAssert.AnsweredQuoting(fixture, question, "Orthodox", "women");
    }
}
