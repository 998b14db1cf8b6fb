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
}
