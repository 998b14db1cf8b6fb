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

    // An open question naming the kind of value it asks for: a share is answered by a figure in per cent, "who came" by the
    // people the passage names.
    [Theory]
    [InlineData("what share of the vote did the party that ruled since 1991 rack up in autumn 2016?", "41%")]
    [InlineData("did the american senators actually roll up to montenegro back then? who came", "McCain")]
    public void An_open_question_naming_the_kind_it_asks_for_is_answered_in_other_words(string question, string expected)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    // A share of a party the sources give none for, a year they tell nothing of, and a role's holder asked of a passage that
    // names no one by that role: the kind asked is not stated, so the question stays declined.
    [Theory]
    [InlineData("What share of the ballots did the party that has run Montenegro since 1991 pick up in the autumn 2020 vote?")]
    [InlineData("what share of the vote did the SDP get in 2016?")]
    [InlineData("NATO's Secretary General at the time Montenegro joined in June 2017 was who?")]
    [InlineData("did american senators actually roll up to croatia back then? who came")]
    public void An_open_question_whose_kind_the_passage_does_not_state_stays_declined(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
    // "Which newspaper reported" put almost wholly in other words than the passage ("linked ... entry" for "would join ... at
    // the same time as"): the passage every view agrees on names the outlet right before its reporting verb, and is answered.
    [Theory]
    [InlineData("Which media reported that NATO had linked Montenegro's entry to Macedonia's?")]
    [InlineData("Which Montenegrin newspaper reported at the end of 2013 that the country's entry into the alliance had been tied to Macedonia's?")]
    public void A_named_outlet_answers_which_newspaper_reported_in_other_words(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Dnevne Novine", answer.Text, StringComparison.Ordinal);
    }

    // The outlet asked of another state's entry, or of what no source says was reported, is not named: still declined.
    [Theory]
    [InlineData("Which newspaper reported that Serbia's entry into NATO was tied to Macedonia's?")]
    [InlineData("Which news agency reported that the Montenegrin parliament rejected the NATO mission for Ukraine?")]
    [InlineData("Which newspaper reported the Montenegrin parliament's approval of the UN mission in Liberia?")]
    public void An_outlet_asked_of_what_no_source_reports_stays_declined(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
