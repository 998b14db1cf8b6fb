using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Who was supposed to be killed?": an event asked of as only meant to happen may be told by the sources in words of their
/// own ("would have included assassination"), so a decline never claims that they do not tell of it.
/// </summary>
public sealed class IntendedEventDeclineTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Fact]
    public void A_decline_of_an_intended_event_does_not_say_the_sources_never_tell_of_it()
    {
        var first = fixture.Hybrid.Ask("When was the coup attempt in Montenegro?");
        var answer = fixture.Hybrid.Ask("who was supposed to be killed?", Conversation.Empty.With(first.Turn!));

        Assert.DoesNotContain("never say", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("turning point", answer.Text, StringComparison.Ordinal);
    }
}
