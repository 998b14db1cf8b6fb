namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Everyday wordings of what the sources state in their own words: asking or requesting to join is applying ("applied to
/// NATO's Partnership for Peace in June 2003"), "remain opposed" is being opposed, "lots of" is many, and talks that
/// "started" or "kicked off" are the talks that began. "Start" is no typo of the "smart" of "a smart move".
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class RequestAndRemainWordingTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("when did serbia and montenegro request to join the partnership for peace?")]
    [InlineData("when did the state union ask to join pfp?")]
    public void Asking_to_join_is_answered_with_the_application(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("June 2003", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_people_remain_opposed_is_answered_with_the_cause_of_the_opposition()
    {
        var answer = fixture.Engine.Ask("why do lots of montenegrins remain opposed to nato?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("1999", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when did the final accession talks start?")]
    [InlineData("when did the final round of talks with nato kick off?")]
    public void Talks_that_started_are_the_talks_that_began(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("February 2016", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_is_not_corrected_to_a_word_of_the_lexicons_judgements() =>
        Assert.DoesNotContain("smart", fixture.Knowledge.Normalizer.Normalize("when did the accession talks start").English, StringComparison.Ordinal);
}
