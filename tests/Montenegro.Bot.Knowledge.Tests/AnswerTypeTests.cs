namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// An answer is of the kind the question asks for: "who" with a verb of its own is answered by a doer the question does not
/// already name, and "how much did they pay" by a sum of money. A passage that only tells the occasion is declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class AnswerTypeTests(KnowledgeFixture fixture)
{
    // The ceremony's sentence names only Montenegro and NATO: it tells that the flag was raised, not who was there.
    [Fact]
    public void Who_attended_is_not_answered_by_a_sentence_that_names_no_one_else()
    {
        var answer = fixture.Engine.Ask("who attended the flag ceremony at NATO headquarters?");

        Assert.False(answer.Answered, answer.Text);
    }

    // The campaign's sentence names the agency but no sum.
    [Fact]
    public void How_much_was_paid_is_not_answered_without_a_sum()
    {
        var answer = fixture.Engine.Ask("how much did Montenegro pay the MAPA agency for the NATO campaign");

        Assert.False(answer.Answered, answer.Text);
    }
}
