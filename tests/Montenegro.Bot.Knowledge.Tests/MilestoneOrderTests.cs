namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// The first or last step on Montenegro's road into NATO, or the one just before or after a step the question names: the
/// steps of the sources' ratification timeline, after any the text dates earlier (the 2003 application to PfP).
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class MilestoneOrderTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("what was the first step towards nato membership?")]
    [InlineData("what was the earliest milestone on montenegro's path to nato?")]
    public void The_first_step_towards_NATO_is_the_earliest_the_sources_date(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("The first step", answer.Text, StringComparison.Ordinal);
        Assert.Contains("June 2003", answer.Text.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("The State Union of Serbia and Montenegro applied", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Serbia's application", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what was montenegro's last step before joining nato?", "Domestic ratification, on 28 April 2017")]
    [InlineData("what was the step after the invitation to join nato?", "Accession protocol, on 19 May 2016")]
    [InlineData("what was the most recent step in montenegro's nato accession", "Member of NATO, on 5 June 2017")]
    public void The_step_next_to_a_named_one_or_the_last_is_told_with_its_date(string question, string step)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(step, answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }
}
