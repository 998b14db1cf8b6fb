namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A clause that only places a question in time ("before parliament voted, ...", "... after Russia invaded Ukraine") does not
/// give the deed asked of: "which council had given the plan its blessing" is answered with the council's endorsement,
/// though "voted" is the question's only verb.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class TemporalClauseTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("before the mps voted, which council had given the plan its green light, and when?")]
    [InlineData("which council had given the plan its blessing, and when, before parliament voted?")]
    public void The_verb_of_a_clause_setting_the_time_is_not_the_deed_asked_of(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Council for Defense and Security", answer.Text, StringComparison.Ordinal);
        Assert.Contains("February", answer.Text, StringComparison.Ordinal);
    }
}
