namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>A yes/no question about the order of two dated events gets its verdict computed from the two dates.</summary>
[Collection(KnowledgeCollection.Name)]
public sealed class YesNoVerdictTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("did the uk recognise montenegro before france did", "Yes.")]
    [InlineData("Did France recognise Montenegro before Russia?", "No.")]
    [InlineData("Did Russia recognise Montenegro after the United States?", "No.")]
    [InlineData("Did France recognise Montenegro after the United Kingdom?", "Yes.")]
    public void The_order_of_two_recognitions_decides_the_verdict(string question, string verdict)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
    }
}
