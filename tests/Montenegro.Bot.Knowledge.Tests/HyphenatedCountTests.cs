namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "A three-member military medical team", "a two-year campaign": a count written into one word with a hyphen counts the
/// unit after the hyphen, and a unit of size counts the people of the thing named next. A count of a deed that went to
/// another state ("40 soldiers ... to Afghanistan") still says nothing of the state asked about.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class HyphenatedCountTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("How many members did the medical team Montenegro sent to Afghanistan have?", "three-member")]
    [InlineData("How many years did the campaign launched by the ruling parties in 2009 last?", "two-year")]
    public void A_count_written_with_a_hyphen_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many troops did Montenegro deploy to Liberia?")]
    [InlineData("How many people did Montenegro send to Liberia?")]
    [InlineData("How many soldiers did Montenegro send to Iraq?")]
    public void A_count_of_a_deed_that_went_elsewhere_is_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
