namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A stance asked in its -ing form ("described as wanting NATO membership", "favouring a referendum") is the stance itself:
/// the parties the sources give it, not a sentence that only shares the verb ("wanted a referendum").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class StanceGerundTests(KnowledgeFixture fixture)
{
    [Fact]
    public void Parties_wanting_membership_are_those_that_desire_it()
    {
        var answer = fixture.Engine.Ask("Which parties are portrayed as wanting NATO membership?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Social Democratic Party", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Democratic Party of Socialists", answer.Text, StringComparison.Ordinal);
    }
}
