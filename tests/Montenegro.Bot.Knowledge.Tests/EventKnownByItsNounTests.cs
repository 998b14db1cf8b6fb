namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// An event asked with a verb no source uses ("criticised") that the sources name by its noun ("received criticism") is
/// no news to them: the passage that states the noun answers it, a decline never says they tell of no such thing, and a
/// passage about the same names that states no such event does not answer it.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class EventKnownByItsNounTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Was the pro-NATO campaign criticised by anyone?")]
    [InlineData("was the nato campaign criticized")]
    public void An_event_the_sources_name_by_its_noun_is_answered_from_the_passage_stating_it(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Nansen", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passage_about_the_same_names_that_states_no_such_event_does_not_answer_it()
    {
        var answer = fixture.Engine.Ask("Was the Chinese embassy criticised by Montenegro?");

        Assert.False(answer.Answered, answer.Text);
        Assert.DoesNotContain("never say", answer.Text, StringComparison.Ordinal);
    }
}
