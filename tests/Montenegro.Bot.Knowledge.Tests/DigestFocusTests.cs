using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "And that ex-FSB guy?" after why relations with Russia soured: a follow-up naming a thing of its own within
/// the topic gets the statement telling it, not the country's whole story again.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class DigestFocusTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    [Fact]
    public void A_thing_of_its_own_within_the_topic_gets_the_statement_telling_it()
    {
        var answer = Converse("How have relations between Montenegro and Russia developed?", "and that ex-FSB guy?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Senin", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("sanctions", answer.Text, StringComparison.Ordinal);
    }
}
