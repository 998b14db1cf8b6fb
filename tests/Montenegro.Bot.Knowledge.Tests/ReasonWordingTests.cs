namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Why" questions whose words differ from the cause's sentence in ways that say nothing of the cause: the noun of the
/// deed ("the opposition to NATO membership" for "oppose joining") and a quantifier ("some").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ReasonWordingTests(KnowledgeFixture fixture)
{
    [Fact]
    public void The_noun_of_the_deed_tells_the_cause_of_the_deed()
    {
        var answer = fixture.Engine.Ask("Why do many Montenegrins oppose joining NATO?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("1999 bombing", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quantifier_is_no_part_of_what_is_asked_the_cause_of()
    {
        var answer = fixture.Engine.Ask("Why did some coalition parties worry about sending personnel to the Ukraine mission?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("fragile relations with Russia", answer.Text, StringComparison.Ordinal);
    }
}
