namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A sentence that leads from a cause to its effect ("the memory of the 1999 bombing forms a crucial part of the opposition
/// to NATO") answers "why" of the effect, asked with words that only set it in the past ("historically", "what historical
/// event"); it does not answer "why" of the cause ("why did NATO bomb Yugoslavia?"), which the sources never explain. A
/// "why was it an important step" is answered by what the sources call it ("the final step in an application").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class CauseLeadTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("What historical event fuels much of the opposition to NATO in Montenegro?", "1999")]
    [InlineData("Why is there so much opposition to NATO in Montenegro historically?", "bombing")]
    [InlineData("Why was the Membership Action Plan an important step for Montenegro?", "final step")]
    public void A_why_question_is_answered_by_the_sentence_that_leads_to_what_it_asks(string question, string cause)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(cause, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Why did Russia invade Ukraine?")]
    [InlineData("Why did NATO bomb Yugoslavia in 1999?")]
    [InlineData("Why was the Membership Action Plan controversial?")]
    [InlineData("Why was the independence referendum an important step for Montenegro?")]
    public void A_why_question_whose_subject_is_only_a_cause_of_something_else_is_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
