namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "What was signed on 19 May 2016?": a participle right after "what was" is the deed done to the thing asked, so the text
/// need not say the verb; the thing is what the text names as its object ("an Accession Protocol").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ObjectAskedFocusTests(KnowledgeFixture fixture)
{
    [Fact]
    public void What_was_done_to_a_thing_is_answered_by_the_thing()
    {
        var answer = fixture.Engine.Ask("What was signed by the foreign ministers on 19 May 2016?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Accession Protocol", answer.Text, StringComparison.Ordinal);
    }
}
