namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A length said of a thing ("a two-year campaign") answers how long it was planned to run; the verbs of the plan ("supposed
/// to run") say nothing of what ran. A thing the sources give no length for ("the No to NATO! campaign") is not answered
/// by the length of another thing of the same name beside it.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class StatedLengthTests(KnowledgeFixture fixture)
{
    [Fact]
    public void The_length_of_the_campaign_answers_how_long_it_was_to_run()
    {
        var answer = fixture.Engine.Ask("How long was the campaign launched in early 2009 supposed to run?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Two years", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_campaign_gets_no_length()
    {
        var answer = fixture.Engine.Ask("How long did the No to NATO campaign last?");

        Assert.DoesNotContain("two-year", answer.Text, StringComparison.Ordinal);
    }
}
