namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A near-miss question asks what the passage on its topic does not give: a detail of it (a poll's margin of error, an
/// election's turnout), another organisation than the one it tells of (the EU, not NATO), the words of someone it never
/// names, or what came after the period it closes ("up to 2018"). Such a question is declined, and the same question
/// asking what the passage does give is still answered.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class UnstatedDetailTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Margin of error for the October 2017 CISR/IRI poll?", "margin of error")]
    [InlineData("What was voter turnout in Montenegro's October 2016 parliamentary election?", "turnout")]
    public void A_detail_the_passage_lacks_is_declined_by_name(string question, string detail)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains(detail, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What was the lead in the October 2017 CISR/IRI poll?", "8")]
    [InlineData("How did the vote on sending personnel to NATO's Ukraine mission turn out?", "44")]
    [InlineData("What share of the vote did the DPS win in the October 2016 parliamentary election?", "41%")]
    public void The_same_topic_asked_for_what_it_states_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many MPs voted for NATO membership?")]
    [InlineData("How did parliament vote on Montenegro's NATO membership?")]
    [InlineData("how many votes against nato accession were there in parliament")]
    public void A_vote_on_another_matter_does_not_answer_for_the_vote_on_membership(string question)
    {
        // The only tally the sources give is of the vote on the Ukraine mission; passing it off as the membership vote is wrong.
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("vote on membership", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vote_on_accession_the_sources_tell_of_is_still_answered()
    {
        var answer = fixture.Engine.Ask("When did the US Senate vote on Montenegro's accession?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("28 March 2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_poll_of_nato_membership_does_not_answer_for_eu_membership()
    {
        Assert.False(fixture.Engine.Ask("What did the March 2014 government poll find about support for EU membership?").Answered);
        Assert.True(fixture.Engine.Ask("What did the March 2014 government poll find about support for NATO membership?").Answered);
    }

    [Fact]
    public void The_words_of_someone_no_passage_names_are_declined()
    {
        var answer = fixture.Engine.Ask("What did Lavrov say about Montenegro joining NATO?");

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("Lavrov", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_on_the_words_of_someone_no_passage_names_is_declined()
    {
        var answer = fixture.Engine.Converse("How did parliament vote on sending personnel to NATO's Ukraine mission?", "and what did Zelensky say about it?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void What_came_after_a_period_told_only_up_to_a_year_is_not_denied()
    {
        var after = fixture.Engine.Ask("Did Igor Zaytsev visit Montenegro again after 2018?");
        var within = fixture.Engine.Ask("Did Zaytsev travel to Montenegro after 2016?");

        Assert.False(after.Answered, after.Text);
        Assert.True(within.Answered, within.Text);
    }
}
