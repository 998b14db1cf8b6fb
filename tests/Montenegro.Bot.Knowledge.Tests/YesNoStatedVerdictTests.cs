namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A yes/no question the engine answers as something else (a recognition, a poll) still leads with its verdict: "Yes." when
/// the answer's statement says all the question asserts, and the poll's own verdict on a majority or on the latest change.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class YesNoStatedVerdictTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Was Russia the first permanent member of the Security Council to recognise Montenegro?")]
    [InlineData("is montenegro a UN member")]
    [InlineData("Was the United States among the first countries to recognise Montenegro?")]
    public void A_question_the_statement_says_in_full_is_answered_yes(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Yes. ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rank_the_statement_gives_to_narrower_company_is_not_confirmed()
    {
        var answer = fixture.Engine.Ask("Was Russia the first country to recognise Montenegro?");

        Assert.True(answer.Answered, answer.Text);
        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }

    [Fact]
    public void A_claim_the_source_states_with_a_negation_is_answered_no_with_that_sentence()
    {
        var answer = fixture.Engine.Ask("Was the adoption of the resolution a surprise?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No. ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("not entirely surprising", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did a majority back nato in the cisr poll of october 2017", "No. ")]
    [InlineData("did a majority of respondents oppose nato in the november 2015 cedem poll", "Yes. ")]
    public void A_majority_asked_of_one_poll_gets_the_verdict_of_its_figure(string question, string verdict)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did support for NATO fall in the most recent poll?", "Yes. ")]
    [InlineData("did backing for nato go up in the latest survey", "No. ")]
    public void A_change_asked_of_the_latest_poll_is_judged_against_the_poll_before_it(string question, string verdict)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
        Assert.Contains("54.2%", answer.Text, StringComparison.Ordinal);
    }
}
