namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>Whose people a question counts must be whose the answer states: the sides of an expulsion are not swapped.</summary>
[Collection(KnowledgeCollection.Name)]
public sealed class NationalityCheckTests(KnowledgeFixture fixture)
{
    [Fact]
    public void Asking_for_the_other_sides_diplomats_is_not_answered_with_these()
    {
        var answer = fixture.Engine.Ask("How many Montenegrin diplomats were sent home by Moscow in September 2022?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void Asking_for_the_same_sides_diplomats_is_answered()
    {
        var answer = fixture.Engine.Ask("How many Russian diplomats did Montenegro send home in September 2022?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("six more Russian diplomats", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_that_does_not_say_whose_they_are_is_no_contradiction()
    {
        var answer = fixture.Engine.Ask("How many Montenegrin soldiers were deployed to Afghanistan in 2010?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("40 soldiers", answer.Text, StringComparison.Ordinal);
    }
}
