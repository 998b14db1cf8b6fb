namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A yes/no question answered from a source sentence leads with the verdict that sentence gives: "No." when it puts the thing
/// asked about in another place, "Yes." when it states all of the question, nothing when it only comes near.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class YesNoEvidenceVerdictTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Is the Canadian embassy accredited to Montenegro located in Podgorica?")]
    [InlineData("is canada's embassy for montenegro in podgorica")]
    public void An_embassy_the_sources_place_in_another_capital_is_answered_no(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No. ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Belgrade", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is the canadian embassy in belgrade")]
    [InlineData("Is the Russian embassy in Podgorica?")]
    public void An_embassy_the_sources_place_where_asked_is_not_answered_no(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.False(answer.Text.StartsWith("No", StringComparison.Ordinal), answer.Text);
    }

    [Theory]
    [InlineData("did the dps win the october 2016 election")]
    [InlineData("did the DPS win the 2016 election")]
    public void A_party_named_by_its_acronym_in_lower_case_gets_the_yes_its_sentence_confirms(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Yes. ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("41%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_named_by_its_acronym_with_a_different_outcome_gets_no_yes()
    {
        var answer = fixture.Engine.Ask("did the dps lose the october 2016 election");

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }
}
