namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "who recognised montenegro first, the us or the uk?": a question typed all in lower case names the same states as one
/// with capitals, so it gets the same verdict with its dates. A comparison with a state whose recognition the sources never
/// date is not answered: one side's date is shown, but which came first stays open.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class LowerCaseComparisonTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("who recognised montenegro first, the us or the uk?")]
    [InlineData("who recognized montenegro first, the US or the UK?")]
    public void Which_of_two_recognised_first_gets_the_verdict_however_the_names_are_capitalised(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("United States, on June 12, 2006, one day before United Kingdom", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did Turkey recognize Montenegro before or after the United States did?")]
    [InlineData("did japan recognise montenegro before russia?")]
    public void A_comparison_with_a_state_the_sources_never_date_is_declined_with_the_known_date(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("can't say which came first", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("us or uk - who recognised montenegro first")]
    [InlineData("who recognised montenegro first, uk or us?")]
    [InlineData("us vs uk, who recognized montenegro earlier")]
    public void A_bare_lower_case_us_beside_another_state_is_the_United_States(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("United States, on June 12, 2006, one day before United Kingdom", answer.Text, StringComparison.Ordinal);
    }
}
