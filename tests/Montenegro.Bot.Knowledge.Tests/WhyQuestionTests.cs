namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Why" questions the sources answer in words other than the question's: the sentence that gives the cause is the
/// answer when it covers most of what is asked and is close in meaning; a why about something the sources never tell
/// stays declined.
/// </summary>
public sealed class WhyQuestionTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    // "complain about the parliament taking so long" is "accused the parliament of stalling"; "historically" is not said.
    [Theory]
    [InlineData("Why did opposition parties complain about the parliament taking so long on the Ukraine decision?", "commitments")]
    [InlineData("Why do so many Montenegrins oppose NATO membership historically?", "1999 bombing")]
    public void A_why_question_in_other_words_gets_the_cause_the_source_gives(string question, string cause)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(cause, answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Sources);
    }

    // A complaint's grounds are what a why asks for: "what was their complaint" is answered with what they argued.
    [Fact]
    public void Asking_what_a_complaint_was_gets_what_was_argued()
    {
        var answer = fixture.Hybrid.Ask("what was the opposition's complaint about the slow decision on the ukraine mission?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("commitments", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Why was Spain the last member to ratify Montenegro's accession?")]
    [InlineData("Why did the Democratic Front complain about the NATO referendum?")]
    [InlineData("Why do so many Montenegrins support EU membership historically?")]
    [InlineData("Why do so many Serbs oppose NATO membership?")]
    public void A_why_the_sources_never_answer_stays_declined(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void A_list_introduced_by_the_following_gives_no_reason()
    {
        var answer = fixture.Hybrid.Ask("Why doesn't Montenegro have diplomatic relations with Bhutan?");
        Assert.False(answer.Answered, answer.Text);
    }
}
