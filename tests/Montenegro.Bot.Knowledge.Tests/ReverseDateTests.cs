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

    [Theory]
    [InlineData("Why does 2 December 2015 matter in Montenegro's path to NATO?", "invit")]
    [InlineData("What did the process attain on 19 May 2016?", "Accession Protocol")]
    [InlineData("Why is 4 December 2009 important?", "Membership Action Plan")]
    [InlineData("What does the day 14 December 2006 mark?", "Partnership for Peace")]
    public void A_question_asking_only_what_a_day_stands_for_is_answered_with_what_the_sources_date_to_it(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_the_sources_do_not_date_or_a_partner_they_do_not_name_then_stays_declined()
    {
        // Only the month is dated (November 2008), or the day's statement does not name the partner asked about.
        foreach (var question in new[]
        {
            "What is 6 November 2008 known for?",
            "Why is 5 November 2008 significant for China?",
            "What is 5 November 2008 remembered for in Russia's relations with Montenegro?",
        })
        {
            var answer = fixture.Engine.Ask(question);
            Assert.False(answer.Answered, answer.Text);
        }
    }
}
