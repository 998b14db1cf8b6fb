namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// The thing a "which" or "what" question asks about: a generic head noun ("which groups") followed by words the sources
/// never use ("mostly") or a negation is answered by the sentence that names those groups, and a sum of money asked for
/// ("the value of trade") by an amount in a currency, while a thing the sources lack ("the turnout") is still declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class QuestionFocusTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("which groups mostly don't support NATO membership according to the breakdown of polls?")]
    [InlineData("According to the demographic breakdown of polling, which groups chiefly do not support NATO membership?")]
    public void The_groups_a_demographic_breakdown_names_are_given_rather_than_a_list_of_polls(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Orthodox", answer.Text, StringComparison.Ordinal);
        Assert.Contains("women", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_general_question_about_the_polls_still_gets_the_overview_of_the_polls()
    {
        var answer = fixture.Engine.Ask("What do the polls say about NATO membership?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("poll figures", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_value_of_trade_is_answered_by_the_amount_in_euros()
    {
        var answer = fixture.Engine.Ask("What was the value of Montenegro's trade with China in 2015?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("160,385,964 euros", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What was the turnout in the 2006 independence referendum?")]
    [InlineData("What share of GDP does Montenegro spend on defence?")]
    public void A_head_noun_the_sources_lack_is_still_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void What_a_named_subject_did_is_answered_without_the_subject_being_the_thing_asked()
    {
        var answer = fixture.Engine.Ask("What did the parliament approve in June about Ukraine, ahead of the NATO mission vote?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("EU mission", answer.Text, StringComparison.Ordinal);
    }
}
