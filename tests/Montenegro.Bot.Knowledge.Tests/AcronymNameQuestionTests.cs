namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question whose one content word is a name with an acronym of its own ("the Membership Action Plan", MAP) says enough
/// to be answered, as one naming a country does.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class AcronymNameQuestionTests(KnowledgeFixture fixture)
{
    [Fact]
    public void A_name_with_an_acronym_of_its_own_is_enough_to_ask_about()
    {
        var answer = fixture.Engine.Ask("when did montenegro get the membership action plan?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("December 2009", answer.Text, StringComparison.Ordinal);
    }
}
