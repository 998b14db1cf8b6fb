namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question asking an attribute the sources never give of something they tell of (the weekday of a dated month, the province
/// of a deployment, a head count where only votes are counted) is declined, naming what is missing; the same thing asked as the sources state it is still answered.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class UnstatedAttributeTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("What day of the week did Montenegro sign the transit agreement in November 2007?", "day of the week")]
    [InlineData("In which Afghan province did Montenegro deploy its 40 soldiers in 2010?", "province or region")]
    [InlineData("How many troops did Montenegro send to the NATO mission for Ukraine after the vote?", "number of troops")]
    public void An_attribute_the_sources_never_give_is_declined_naming_it(string question, string missing)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.StartsWith($"My sources don't give the {missing}.", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When did Montenegro sign the transit agreement?", "November 2007")]
    [InlineData("How many soldiers did Montenegro deploy to Afghanistan in 2010?", "40")]
    [InlineData("How much did Montenegro and China trade in 2015?", "160,385,964")]
    public void The_same_thing_asked_as_the_sources_state_it_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
