namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Who was PM when Rumsfeld came over?": who held a title at the time of an event is the one the passage of the event names
/// by that title, matched as written or by its initials; an event known by no name, or a holder named far from it, is no answer.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class RoleAtEventTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("who was pm when rumsfeld visited")]
    [InlineData("Who was the PM when Donald Rumsfeld visited Montenegro?")]
    public void The_holder_of_a_title_at_an_event_is_the_one_its_passage_names(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Milo Đukanović was PM (Prime Minister)", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_known_by_a_verb_alone_does_not_date_a_title()
    {
        var answer = fixture.Engine.Ask("who was pm when montenegro joined nato");

        Assert.DoesNotContain("was PM (Prime Minister) at the time", answer.Text, StringComparison.Ordinal);
    }
}
