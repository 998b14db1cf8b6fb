namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A sentence that goes on from the one before it ("Flag raising ceremonies were also held at Mons and Norfolk") is quoted
/// with that sentence when they tell one thing, so a list question gets every place; an "also" that adds another matter
/// ("Montenegro also began full membership with the Adriatic Charter") does not pull in what came before it.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ContinuedSentenceTests(KnowledgeFixture fixture)
{
    [Fact]
    public void Every_place_of_the_flag_ceremonies_is_told()
    {
        var answer = fixture.Engine.Ask("Where were the ceremonies held at which Montenegro's flag was raised after it joined NATO?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("NATO Headquarters", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Mons", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Norfolk", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_also_of_another_matter_stands_alone()
    {
        var answer = fixture.Engine.Ask("When did Montenegro begin full membership with the Adriatic Charter?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("May 2009", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Membership Action Plan", answer.Text, StringComparison.Ordinal);
    }
}
