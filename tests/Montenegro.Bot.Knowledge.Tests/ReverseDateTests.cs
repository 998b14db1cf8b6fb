namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class ReverseDateTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Which milestone in the timeline falls on 2008-06-20?", "Individual Partnership Action Plan")]
    [InlineData("What did the timeline record for Montenegro on 3 April 2008?", "Intensified Dialogue")]
    [InlineData("Which NATO step came for Montenegro on 4 December 2009?", "Membership Action Plan")]
    public void A_question_keyed_by_a_date_is_answered_with_what_the_sources_date_to_it(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which country ratified the accession protocol on 2017-01-18?")]
    [InlineData("What was the turnout in the referendum of 21 May 2006?")]
    [InlineData("What did Russia announce on 16 October 2016?")]
    public void A_date_whose_statements_do_not_hold_what_is_asked_is_not_answered_with_them(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
