namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// The allies' ratifications: the timeline table keeps their dates but lost their names, and the text names only the ally
/// whose ratification completed them (Spain). Who ratified first is declined with the earliest date; whether the named ally
/// was last or first is answered yes or no from the text's own statement.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class AlliedRatificationOrderTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Who was the first to ratify the accession protocol?")]
    [InlineData("who ratified first")]
    public void Who_ratified_first_is_declined_with_the_earliest_date_not_answered_with_another_event(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("2016-06-23", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("invitation", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Who_ratified_last_is_the_ally_the_text_names()
    {
        var answer = fixture.Engine.Ask("Who was the last to ratify Montenegro's accession?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Spain", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Was Spain the last to ratify the protocol?", "Yes.")]
    [InlineData("did spain ratify last", "Yes.")]
    [InlineData("Was Spain the first to ratify?", "No.")]
    public void Whether_the_named_ally_ratified_last_or_first_gets_a_verdict_with_the_statement(string question, string verdict)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
        Assert.Contains("completed with Spain's ratification", answer.Text, StringComparison.Ordinal);
    }
}
