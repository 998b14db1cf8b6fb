namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Which ham radio group ...": a word no source uses before a generic head noun is judged by the name the text gives, one
/// that carries the question's other qualifier ("the American Radio Relay League"). A question whose only qualifier is such
/// a word ("which football body") gives nothing a name could carry and is declined.
/// </summary>
public sealed class UnfamiliarFocusTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Theory]
    [InlineData("Which ham radio group added Montenegro to its list?")]
    [InlineData("Which amateur radio organisation listed Montenegro in 2006?")]
    public void A_name_carrying_the_qualifier_answers_an_unfamiliar_kind(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("American Radio Relay League", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which football body admitted Montenegro as a member?")]
    [InlineData("Which sports body admitted Montenegro in 2007?")]
    public void An_unfamiliar_kind_with_nothing_a_name_could_carry_is_declined(string question)
    {
        Assert.False(fixture.Hybrid.Ask(question).Answered);
    }
}
