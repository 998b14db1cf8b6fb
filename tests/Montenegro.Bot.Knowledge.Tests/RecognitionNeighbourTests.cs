namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Who recognised Montenegro after Russia?" asks for the recognition next to Russia's in date order, not Russia's own; when
/// the sources date none on that side, the bot says so instead of answering with the named state or an unrelated event.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class RecognitionNeighbourTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Who recognised Montenegro after Russia?", "12 June")]
    [InlineData("which country recognized montenegro next after the uk", "14 June")]
    [InlineData("Which state recognised Montenegro just before the United Kingdom did?", "12 June")]
    public void The_recognition_next_to_the_named_one_is_given(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did anyone recognise Montenegro before Russia?", "earliest")]
    [InlineData("Who recognised Montenegro after China?", "latest")]
    public void No_recognition_on_that_side_is_said_plainly(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_recognitions_sharing_the_named_ones_date_are_given()
    {
        var answer = fixture.Engine.Ask("who recognised montenegro on the same day as the usa");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("European Council", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_other_recognition_on_the_named_ones_date_is_said_plainly()
    {
        var answer = fixture.Engine.Ask("Did anyone recognise Montenegro on the same date as Russia?");

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("no recognition on the same day as Russia", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_measuring_from_a_recognition_is_not_taken_for_one()
    {
        var answer = fixture.Engine.Ask("How long after the US recognised Montenegro were diplomatic relations established?");

        Assert.True(answer.Answered, answer.Text);
        Assert.DoesNotContain("nearest recognition", answer.Text, StringComparison.Ordinal);
    }
}
