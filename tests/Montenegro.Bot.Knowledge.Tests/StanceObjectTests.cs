namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A stance is on the very thing asked: a referendum on NATO membership is not NATO membership, though both name NATO; and a
/// stance may be stated by a verb of arguing or calling for ("argued that membership should be approved in a referendum").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class StanceObjectTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Which parties wanted a referendum on joining the alliance?")]
    [InlineData("Which parties demanded a referendum on NATO?")]
    [InlineData("which parties backed holding a referendum about joining nato")]
    public void Backers_of_a_referendum_are_not_the_backers_of_membership(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        var names = answer.Text.Split(". ")[0];
        Assert.Contains("Movement for Changes", names, StringComparison.Ordinal);
        Assert.Contains("New Serb Democracy", names, StringComparison.Ordinal);
        Assert.DoesNotContain("Democratic Party of Socialists", names, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which parties want Montenegro to join NATO?")]
    [InlineData("Which ruling parties are the biggest supporters of Montenegro joining the Atlantic alliance?")]
    public void Backers_of_joining_are_the_parties_that_desire_membership(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Democratic Party of Socialists", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Social Democratic Party", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_that_argued_for_a_referendum_supports_one()
    {
        var answer = fixture.Engine.Ask("Does the Socialist People's Party support a referendum?");

        Assert.StartsWith("Yes.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("referendum", answer.Text, StringComparison.Ordinal);
    }
}
