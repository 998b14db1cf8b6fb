namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A negated auxiliary ("wasn't", "don't") says how the question is put, not what it is about: no passage has to name it
/// for the question to be covered.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class NegatedAuxiliaryTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Why did the government say a NATO referendum wasn't necessary in 2016?")]
    [InlineData("Why did the government say a NATO referendum wasn’t necessary in 2016?")]
    public void A_why_question_with_a_contraction_gets_the_reason_the_source_gives(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("plebiscite", answer.Text, StringComparison.Ordinal);
    }
}
