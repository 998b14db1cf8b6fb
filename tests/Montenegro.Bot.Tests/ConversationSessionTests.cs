using Montenegro.Bot.Chat;

namespace Montenegro.Bot.Tests;

[Collection(EngineCollection.Name)]
public sealed class ConversationSessionTests(EngineFixture fixture)
{
    [Fact]
    public void A_follow_up_is_answered_from_the_question_before_it()
    {
        var session = new ConversationSession(fixture.Engine);

        session.Ask("When did Russia recognise Montenegro?");
        var followUp = session.Ask("And China?");

        Assert.Contains("14 June", followUp.Text, StringComparison.Ordinal);
        Assert.Equal(2, session.Conversation.Turns.Count);
    }

    [Fact]
    public void Reset_starts_a_new_conversation()
    {
        var session = new ConversationSession(fixture.Engine);
        session.Ask("When did Russia recognise Montenegro?");

        session.Reset();

        Assert.Empty(session.Conversation.Turns);
    }
}
