namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Which ethnic group backed NATO most?" is asked of the July 2015 poll's figures for each group, not of the polls of the
/// whole population; the answer names the group and its share, and a list gives each group's share once.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class EthnicGroupPollTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Which ethnic community gave NATO membership the highest support?", "Montenegrin Albanians (71.2%)")]
    [InlineData("which ethnicity showed the weakest support for nato membership", "Montenegrin Serbs (11.3%)")]
    public void The_group_with_the_highest_or_lowest_support_is_named_with_its_share(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_groups_shares_are_listed_once_each()
    {
        var answer = fixture.Engine.Ask("Which ethnic group was most opposed to NATO membership?");

        Assert.Contains("• Montenegrin Bosniaks: 68% in favour", answer.Text, StringComparison.Ordinal);
        Assert.Equal(1, answer.Text.Split("A poll in July 2015").Length - 1);
    }
}
