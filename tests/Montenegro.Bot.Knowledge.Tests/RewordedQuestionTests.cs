namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question put almost wholly in other words than its answer ("extend its official offer of membership to Podgorica" for
/// "a formal invitation was issued by the alliance"), with meaning on: the passage both retrievals agree on, stating the
/// value asked and close in meaning, answers it; a question naming something no source names stays declined.
/// </summary>
public sealed class RewordedQuestionTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Theory]
    [InlineData("When did the alliance extend an official invitation to Podgorica?", "2 December 2015")]
    [InlineData("When did the People's Republic turn its consulate in Podgorica into a full embassy?", "July 7, 2006")]
    public void A_date_asked_in_other_words_is_answered_by_the_passage_every_view_agrees_on(string question, string expected)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    // A name no source uses, capitalised or not, and two words in a row no source says together: another body than NATO.
    [Theory]
    [InlineData("When did Montenegro join the OSCE?")]
    [InlineData("When did Montenegro join the World Trade Organization?")]
    [InlineData("when did montenegro join the world trade organization")]
    [InlineData("When did the alliance withdraw its official invitation to Podgorica?")]
    public void A_question_naming_what_no_source_names_stays_declined(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
