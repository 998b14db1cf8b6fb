using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A user who says goodbye ("ok bye", "thanks, see you", "doviđenja") gets a goodbye in their language, not "my sources
/// don't cover that"; a question after a goodbye word is still answered.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class FarewellTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("ok bye")]
    [InlineData("see you")]
    [InlineData("goodbye!")]
    public void A_farewell_gets_a_goodbye(string message)
    {
        var answer = fixture.Engine.Ask(message);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.StartsWith("Goodbye!", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Thanks_and_bye_gets_both_a_welcome_and_a_goodbye()
    {
        var answer = fixture.Engine.Ask("thanks, bye");

        Assert.StartsWith("You're welcome. Goodbye!", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("doviđenja", "Doviđenja!")]
    [InlineData("довиђења", "Довиђења!")]
    public void A_montenegrin_farewell_gets_a_montenegrin_goodbye(string message, string expected)
    {
        var answer = fixture.Engine.Ask(message);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_after_a_goodbye_word_is_still_answered()
    {
        var answer = fixture.Engine.Ask("bye, but first: when did russia recognise montenegro?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("11 June 2006", answer.Text, StringComparison.Ordinal);
    }
}
