namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class ReverseDateTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Which milestone in the timeline falls on 2008-06-20?", "Individual Partnership Action Plan")]
    [InlineData("What did the timeline record for Montenegro on 3 April 2008?", "Intensified Dialogue")]
    [InlineData("Which entry of the NATO timeline is dated 4 December 2009?", "Membership Action Plan")]
    [InlineData("Which item on the timeline of Montenegro joining NATO falls on 2016-05-19?", "Accession protocol")]
    public void A_question_keyed_by_a_date_is_answered_with_what_the_sources_date_to_it(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_is_answered_with_its_statements_only_when_they_hold_what_is_asked()
    {
        Assert.True(fixture.Engine.Ask("What did the timeline record for Montenegro on 18 January 2017?").Answered);

        // The same day's row names no country, a referendum's statement no turnout, the coup no announcement by Russia.
        foreach (var question in new[]
        {
            "Which country ratified the accession protocol on 2017-01-18?",
            "What was the turnout in the referendum of 21 May 2006?",
            "What did Russia announce on 16 October 2016?",
        })
        {
            var answer = fixture.Engine.Ask(question);
            Assert.False(answer.Answered, answer.Text);
        }
    }
}
