namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Which came first, joining the sanctions or the coup?": two events the question sets side by side are put in order when
/// the sources date them to different years, even if one is dated to its year alone.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class YearDatedOrderTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Which came first, Montenegro joining sanctions against Russia or the failed coup?", "2014")]
    [InlineData("What happened earlier, the coup plot or Montenegro joining the sanctions on Russia?", "2014")]
    public void Two_events_of_different_years_are_ordered(string question, string earlier)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Montenegro's accession to western sanctions, in " + earlier, answer.Text, StringComparison.Ordinal);
    }
}
