namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Questions about the order of two events in everyday words: "did A happen before B?" with no two names to compare, "was
/// the UK earlier or later than Russia?", "was it slower than …?". The answer says yes or no when one order is asked and
/// which order holds when both are offered, never a yes to an either-or.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class TimeOrderWordingTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Did Montenegro join the Partnership for Peace before it became independent?", "No.")]
    [InlineData("Did Montenegro join PfP after declaring independence?", "Yes")]
    [InlineData("Was the Membership Action Plan granted before the invitation to join NATO?", "Yes.")]
    public void A_yes_no_question_about_two_events_gets_a_yes_or_a_no(string question, string verdict)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("was the UK earlier or later than Russia to recognise montenegro?")]
    [InlineData("was the UK quicker or slower than Russia to recognise montenegro?")]
    public void Either_order_offered_is_answered_with_the_one_that_holds(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("After:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2 days", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Was the UK slower than Russia to recognise Montenegro?", "Yes.")]
    [InlineData("Was the UK faster than Russia to recognise Montenegro?", "No.")]
    [InlineData("Was Russia quicker than the UK to recognise Montenegro?", "Yes.")]
    public void Slower_and_faster_ask_which_came_later_and_earlier(string question, string verdict)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
        Assert.Contains("13 June", answer.Text, StringComparison.Ordinal);
    }
}
