namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "How many", "number of", "what number": a count is stated by a number right before the counted noun, so a question
/// the sources answer that way is answered whatever its other words, and one whose noun no number counts is declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class CountQuestionTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Total number of abstentions in the vote on the NATO Ukraine mission?", "two abstentions")]
    [InlineData("Number of MPs who voted against the NATO Ukraine mission", "five against")]
    [InlineData("What number member of NATO did Montenegro become?", "29th member")]
    [InlineData("Which number NATO member is Montenegro?", "29th member")]
    public void A_count_the_sources_state_next_to_its_noun_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many MPs voted for the NATO accession treaty in April 2017?")]
    [InlineData("What number member of the UN is Montenegro?")]
    [InlineData("What number member of the EU is Montenegro?")]
    public void A_count_or_rank_no_number_of_the_sources_states_is_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
