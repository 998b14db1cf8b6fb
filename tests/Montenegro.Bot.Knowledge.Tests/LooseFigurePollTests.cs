namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Which pollster had about 60% against?": a whole figure said loosely finds the poll whose share rounds to it, when no
/// share is that figure exactly.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class LooseFigurePollTests(KnowledgeFixture fixture)
{
    [Fact]
    public void A_loose_whole_figure_finds_the_share_it_rounds()
    {
        var answer = fixture.Engine.Ask("which pollster found about 60 percent against nato?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("NSPM", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("CEDEM", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loose_figure_keeps_to_the_side_asked()
    {
        var answer = fixture.Engine.Ask("which poll put opposition at roughly 63 percent?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("62.7", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("DAMAR", answer.Text, StringComparison.Ordinal);
    }
}
