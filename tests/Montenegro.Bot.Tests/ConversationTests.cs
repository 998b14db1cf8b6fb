using Montenegro.Bot.Chat;

namespace Montenegro.Bot.Tests;

[Collection(EngineCollection.Name)]
public sealed class ConversationTests(EngineFixture fixture)
{
    [Fact]
    public void A_conversation_keeps_its_turns_until_reset()
    {
        var conversation = new Conversation(fixture.Engine);

        var first = conversation.Ask("When did Russia recognise Montenegro?");
        conversation.Ask("When did Montenegro join NATO?");

        Assert.Contains("11 June 2006", first.Text, StringComparison.Ordinal);
        Assert.Equal(["When did Russia recognise Montenegro?", "When did Montenegro join NATO?"], conversation.Turns.Select(t => t.Question));
        conversation.Reset();
        Assert.Empty(conversation.Turns);
    }

    [Fact]
    public void A_long_conversation_keeps_only_its_latest_turns()
    {
        var conversation = new Conversation(fixture.Engine);

        for (var i = 0; i < Conversation.MaxTurns + 5; i++)
        {
            conversation.Ask($"question {i}");
        }

        Assert.Equal(Conversation.MaxTurns, conversation.Turns.Count);
        Assert.Equal($"question {Conversation.MaxTurns + 4}", conversation.Turns[^1].Question);
    }
}
