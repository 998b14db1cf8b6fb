using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "And who was firmly against it?" after which parties were strongly in favour of NATO membership: the last question asked again with
/// its stance turned, answered by the parties of the other side, not by a poll's "against" column.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class StanceFlipTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    [Fact]
    public void Who_was_against_it_after_who_was_for_it_names_the_opponents()
    {
        var answer = Converse("Which parties were strongly in favour of NATO membership?", "and who was firmly against it?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("New Serb Democracy", answer.Text, StringComparison.Ordinal);
    }
}
