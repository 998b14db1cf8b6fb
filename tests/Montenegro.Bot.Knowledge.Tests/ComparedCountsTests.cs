namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question that sets two counts against each other ("more … than …", "more … or …") is answered by the whole sentence
/// that states both, not by the one clause that gives one side's count.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ComparedCountsTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Did Montenegro throw out more Russian diplomats in September 2022 than in March and April of that year?")]
    [InlineData("Were fewer Russian diplomats expelled in spring 2022 than in the September round?")]
    [InlineData("Were more Russian diplomats expelled from Montenegro in spring 2022 or in September 2022?")]
    public void Both_counts_are_given(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("five diplomats expelled", answer.Text, StringComparison.Ordinal);
        Assert.Contains("six more Russian diplomats", answer.Text, StringComparison.Ordinal);
    }
}
