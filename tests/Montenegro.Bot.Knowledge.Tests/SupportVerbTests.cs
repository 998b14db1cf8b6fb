namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A verb that only carries the event its object names ("adopt the declaration of independence") asks of that event: the
/// declaration's date answers, though the sources say "confirmed with a declaration", not "adopted".
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class SupportVerbTests(KnowledgeFixture fixture)
{
    [Fact]
    public void Adopting_a_declaration_is_declaring()
    {
        var answer = fixture.Engine.Ask("On which day did parliament adopt the declaration of independence?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("3 June 2006", answer.Text, StringComparison.Ordinal);
    }
}
