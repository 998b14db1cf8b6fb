namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A deployment abroad answers only for the place its own clause names: the 40 soldiers went to Afghanistan, and the
/// peacekeepers named in the next sentence for Liberia are no count of soldiers there.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class TroopsAbroadTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("How many Montenegrin soldiers served in Liberia?")]
    [InlineData("How many soldiers did Montenegro deploy to Somalia?")]
    public void A_count_of_soldiers_sent_elsewhere_is_not_given_for_another_place(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("How many soldiers did Montenegro deploy to Afghanistan in 2010?")]
    [InlineData("Did Montenegro send soldiers to Afghanistan?")]
    public void The_soldiers_sent_to_the_place_asked_about_are_still_counted(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("40", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("all told, how many military personnel did montenegro deploy to afghanistan in 2010?")]
    [InlineData("How many people in total did Montenegro send to Afghanistan in 2010?")]
    public void A_total_of_personnel_adds_up_the_soldiers_the_medical_team_and_the_officers(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("45", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_total_of_personnel_is_not_made_of_the_votes_on_sending_them()
    {
        var answer = fixture.Engine.Ask("How many personnel in total will Montenegro send to the NATO mission for Ukraine?");

        Assert.False(answer.Answered, answer.Text);
    }
}
