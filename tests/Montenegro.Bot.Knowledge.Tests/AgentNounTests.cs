namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A deed asked with its verb ("who directed") is covered by the text's noun for the one who does it ("director"), as
/// "react" is by "reaction".
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class AgentNounTests(KnowledgeFixture fixture)
{
    [Fact]
    public void A_verb_is_answered_by_the_noun_for_the_one_who_does_it()
    {
        var answer = fixture.Engine.Ask("Who directed the MAPA pro-NATO campaign?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Vojvodić", answer.Text, StringComparison.Ordinal);
    }
}
