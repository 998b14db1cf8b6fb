namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "How big was the team?": the size of a body of people is its count of people, so "a three-member military medical team"
/// answers it; "how big" asks a size, not a rank. A body the sources never size stays declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class SizeAskedCountTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("How big was the military medical team Montenegro sent to Afghanistan?")]
    [InlineData("How large was the medical unit Montenegro deployed in 2010?")]
    public void The_size_of_a_body_is_answered_by_its_count_of_members(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("three-member", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How big was the Russian delegation that visited Podgorica?")]
    [InlineData("How big was the team that protested outside parliament?")]
    public void The_size_of_a_body_the_sources_never_size_is_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
