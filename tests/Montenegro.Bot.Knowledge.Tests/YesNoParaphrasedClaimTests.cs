namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A yes/no question that puts its claim in other words than the sources ("sent troops" for "deployed", "back" for
/// "supports", "on NATO" where the sentence is in the NATO document, "ever" for nothing) gets the verdict the sentence earns.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class YesNoParaphrasedClaimTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Did Montenegro send peacekeepers to Liberia?", "Liberia")]
    [InlineData("Did Montenegro send troops to Afghanistan?", "Afghanistan")]
    [InlineData("has montenegro sent soldiers to somalia", "Somalia")]
    [InlineData("did montenegro ever send troops to afghanistan", "Afghanistan")]
    public void Sending_troops_where_the_sources_say_they_were_deployed_gets_yes(string question, string place)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Yes.", answer.Text, StringComparison.Ordinal);
        Assert.Contains(place, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_backing_what_its_sentence_in_the_nato_document_supports_gets_yes()
    {
        var answer = fixture.Engine.Ask("Does the Movement for Changes back holding a referendum on NATO?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Yes.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("referendum", answer.Text, StringComparison.Ordinal);
    }
}
