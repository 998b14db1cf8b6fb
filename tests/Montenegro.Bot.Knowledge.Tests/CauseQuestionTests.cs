namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Questions that ask for a cause in chat spelling ("y" for why, "r" for are) are answered with the sentence of the
/// sources that gives the cause, as the same question in full spelling would be; a "why" the sources never explain
/// stays declined however it is spelt.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class CauseQuestionTests(KnowledgeFixture fixture)
{
    [Fact]
    public void A_why_typed_as_y_gets_the_cause_the_sources_give()
    {
        var answer = fixture.Engine.Ask("y r so many montenegrins agianst nato");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("1999", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_why_typed_as_y_about_something_the_sources_never_explain_is_declined()
    {
        var answer = fixture.Engine.Ask("y did rumsfeld cancel his trip");

        Assert.False(answer.Answered, answer.Text);
    }
}
