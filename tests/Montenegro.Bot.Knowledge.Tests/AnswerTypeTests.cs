namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// An answer is of the kind the question asks for: "how much did they pay" by a sum of money. A passage that only tells the
/// occasion is declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class AnswerTypeTests(KnowledgeFixture fixture)
{
    // The campaign's sentence names the agency but no sum.
    [Fact]
    public void How_much_was_paid_is_not_answered_without_a_sum()
    {
        var answer = fixture.Engine.Ask("how much did Montenegro pay the MAPA agency for the NATO campaign");

        Assert.False(answer.Answered, answer.Text);
    }
}
