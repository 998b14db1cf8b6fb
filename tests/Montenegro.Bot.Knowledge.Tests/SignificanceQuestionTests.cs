namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Why is the 1999 bombing relevant to Montenegro and NATO?" asks why something matters: the sentence that states it and
/// weighs it in words of its own ("form a crucial part of the opposition to NATO membership") is why, though it has no
/// "because". Asked of a country the sentence does not name, it stays declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class SignificanceQuestionTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("why is the 1999 bombing relevant to montenegro and nato")]
    [InlineData("why is the 1999 bombing so relevant to montenegro")]
    public void Why_something_matters_is_answered_by_the_part_the_sources_give_it(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("crucial part of the opposition", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_it_matters_to_a_country_the_sentence_does_not_name_is_declined()
    {
        var answer = fixture.Engine.Ask("why is the 1999 bombing relevant to serbia");

        Assert.False(answer.Answered, answer.Text);
    }
}
