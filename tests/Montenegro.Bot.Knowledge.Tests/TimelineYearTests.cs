namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class TimelineYearTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Which steps of the NATO timeline fall in 2017?", new[] { "Domestic ratification", "Member of NATO" }, new[] { "Invitation to join" })]
    [InlineData("What NATO milestones did Montenegro reach between 2015 and 2016?", new[] { "Invitation to join", "Accession protocol" }, new[] { "Membership Action Plan" })]
    [InlineData("Which timeline entries are dated 2009?", new[] { "Membership Action Plan" }, new[] { "Intensified Dialogue" })]
    public void The_timeline_steps_of_the_years_asked_are_listed(string question, string[] expected, string[] absent)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.All(expected, step => Assert.Contains(step, answer.Text, StringComparison.Ordinal));
        Assert.All(absent, step => Assert.DoesNotContain(step, answer.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_steps_of_a_year_are_counted()
    {
        var answer = fixture.Engine.Ask("How many steps in Montenegro's NATO timeline are dated 2017?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(answer.Fields, f => f.Value == "2");
    }

    [Theory]
    [InlineData("What was the first step in the timeline in 2008?")]
    [InlineData("What was the first NATO step in 2008?")]
    public void The_first_step_of_a_year_is_of_that_year(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Intensified Dialogue", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Partnership for Peace", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Allied_ratifications_are_not_counted_as_steps()
    {
        var answer = fixture.Engine.Ask("How many allied ratifications in the timeline are dated 2016?");

        Assert.DoesNotContain("Accession protocol", answer.Text, StringComparison.Ordinal);
    }
}
