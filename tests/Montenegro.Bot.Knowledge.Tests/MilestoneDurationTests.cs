namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "How long between A and B": each side is the event its own words name, read with the organisation the question is
/// about, and a side whose event the sources do not state is not stood in for by an unrelated one.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class MilestoneDurationTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("How long did Montenegro wait between the alliance's invitation and becoming a member?", "2 December 2015", "5 June 2017")]
    [InlineData("how many years between independence and NATO membership", "3 June 2006", "5 June 2017")]
    public void Becoming_a_member_of_the_alliance_is_joining_NATO_not_the_UN_or_the_Adriatic_Charter(string question, string from, string to)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(from, answer.Text, StringComparison.Ordinal);
        Assert.Contains(to, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("May 2009", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("28 June 2006", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_time_from_applying_for_a_plan_to_its_grant_runs_from_the_application_to_the_grant()
    {
        var answer = fixture.Engine.Ask("How long was it from Montenegro's application for a Membership Action Plan to the plan being granted?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("about 13 months (394 days", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("coup", answer.Text, StringComparison.OrdinalIgnoreCase);
    }
}
