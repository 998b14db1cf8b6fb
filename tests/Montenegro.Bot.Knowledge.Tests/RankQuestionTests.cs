namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question asking which place something took in a row ("what number entry", "which position") is answered by the
/// sentence that states the place as an ordinal ("the 336th entry"), in plain or chat wording; one about a row the sources
/// never place it in is declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class RankQuestionTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Which position did Montenegro take on the DXCC list of the American Radio Relay League?", "336th")]
    [InlineData("so what number did montenegro end up as on the dxcc list", "336th")]
    [InlineData("What number member of NATO did Montenegro become?", "29th")]
    public void A_place_in_a_row_is_answered_by_the_ordinal_the_sources_state(string question, string place)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(place, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What place did Montenegro finish in at the Eurovision Song Contest?")]
    [InlineData("What position does Montenegro hold in the FIFA world ranking?")]
    public void A_place_in_a_row_the_sources_never_name_is_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
