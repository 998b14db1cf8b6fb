namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "How did the relationship change after ...?" asks what became of it: the whole sentence, with the clause that tells how
/// (the expelled diplomats, the closed consulate), not the clause cut from its start.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ChangeQuestionTests(KnowledgeFixture fixture)
{
    [Fact]
    public void The_change_is_told_with_what_it_was()
    {
        var answer = fixture.Engine.Ask("How did Montenegro's relationship with Russia change after the invasion of Ukraine in 2022?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("expelled", answer.Text, StringComparison.Ordinal);
        Assert.Contains("consulate", answer.Text, StringComparison.Ordinal);
    }
}
