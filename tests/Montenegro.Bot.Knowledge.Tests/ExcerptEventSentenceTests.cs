namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// With meaning on: a passage whose sentence sharing most words with the question tells another event ("applied to NATO's
/// Partnership for Peace program in June 2003") than the one asked of ("joined"), while another of its sentences tells that
/// one ("joined PfP at the 2006 Riga summit"), is answered by that sentence, not declined nor answered by the other event.
/// </summary>
public sealed class ExcerptEventSentenceTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Theory]
    [InlineData("In what year did Montenegro enter NATO's Partnership for Peace programme?")]
    [InlineData("when did monte negro join the partnership for peas program")]
    public void The_sentence_telling_the_event_asked_of_is_quoted(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2006", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("applied", answer.Text, StringComparison.Ordinal);
    }

    // The passage tells of no other state joining, nor of a summit in Bucharest for the programme: still declined.
    [Theory]
    [InlineData("When did Serbia join the Partnership for Peace programme?")]
    [InlineData("When did Croatia join the Partnership for Peace?")]
    [InlineData("When did Montenegro join the Partnership for Peace program in Bucharest?")]
    public void The_event_told_of_another_state_or_place_stays_declined(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
