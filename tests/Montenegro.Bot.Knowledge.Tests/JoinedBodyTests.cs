namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question on joining one body is not answered by the sources' joining of another: "full membership with the Adriatic
/// Charter" shares "full" and "membership" with "when did Montenegro become a full NATO member?", but it is not NATO.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class JoinedBodyTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("When did Montenegro become a full NATO member?")]
    [InlineData("when did monte negro become a full nato member")]
    [InlineData("When did Montenegro become a full member of NATO?")]
    public void Full_NATO_membership_is_the_accession_not_the_Adriatic_Charter(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("5 June 2017", answer.Text.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Adriatic", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When did Montenegro get full membership of the Adriatic Charter?", "May 2009")]
    [InlineData("When was Montenegro invited to join NATO?", "2 December 2015")]
    [InlineData("When did Montenegro join NATO's Partnership for Peace?", "2006")]
    public void A_question_naming_the_body_joined_still_gets_its_step(string question, string date)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(date, answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }
}
