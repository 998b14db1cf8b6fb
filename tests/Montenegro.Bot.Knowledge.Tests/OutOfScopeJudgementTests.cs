namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Near misses the sources cannot answer though they share its words: the bot's own judgement ("was it a mistake"), a
/// forecast no source states ("will Russia reopen its consulate"), a premise the sources deny ("why did NATO reject
/// Montenegro", "when did Montenegro extradite Senin", "which parties voted against"), and a cause the sources never give
/// ("why did Senin flee Russia", told only in passing). Each is declined rather than answered with the event's own sentence;
/// the questions the same sentences do answer stay answered.
/// </summary>
public sealed class OutOfScopeJudgementTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Theory]
    [InlineData("Was it a mistake for Montenegro to join NATO?")]
    [InlineData("Do you think joining NATO was good for Montenegro?")]
    [InlineData("Should Montenegro have held a referendum on joining NATO?")]
    [InlineData("Which polling firm is the most reliable on Montenegrin attitudes to NATO?")]
    [InlineData("How old was Peter MacKay when he wrote to Miodrag Vlahović about recognition?")]
    [InlineData("Was it a good idea for Montenegro to send personnel to the NATO mission for Ukraine?")]
    [InlineData("What was Montenegro's population in June 2006?")]
    [InlineData("When was the State Union of Serbia and Montenegro created?")]
    [InlineData("what share of voters backed independence in the referendum?")]
    public void A_judgement_or_detail_the_sources_do_not_state_is_declined(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("Will Russia reopen its consulate in Podgorica?")]
    [InlineData("Will Montenegro leave NATO if relations with Russia improve?")]
    [InlineData("When is the security cooperation agreement with Ukraine going to be ratified?")]
    [InlineData("when is parliament scheduled to ratify the security agreement with ukraine")]
    public void A_forecast_no_source_states_is_declined(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void A_forecast_asked_in_other_words_after_a_turn_is_declined_not_answered_with_a_past_ratification()
    {
        var answer = fixture.Hybrid.Converse(
            "how many MPs voted for the NATO Ukraine mission?", "what's the next step?", "when exactly is that going to be ratified?");

        Assert.False(answer.Answered, answer.Text);
        Assert.DoesNotContain("28 April 2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expectation_asked_in_the_past_is_still_answered()
    {
        var answer = fixture.Hybrid.Ask("When was Montenegro expected to be invited to NATO?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2014", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Why did NATO reject Montenegro's membership in 2017?")]
    [InlineData("Why did the US Senate reject Montenegro's NATO accession treaty?")]
    [InlineData("When did Montenegro extradite Dmitry Senin to Russia?")]
    [InlineData("Why did the Democratic Party of Socialists oppose NATO membership?")]
    [InlineData("Why did Andria Mandić vote against sending troops to the NATO mission for Ukraine?")]
    [InlineData("Which parties voted against the Ukraine mission resolution?")]
    public void A_premise_the_sources_deny_is_not_confirmed(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("Why did Dmitry Senin flee Russia in 2017?")]
    [InlineData("Why did Dmitry Senin flee Russia?")]
    public void A_deed_told_only_in_passing_has_no_cause_in_my_sources(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("why did montenegro refuse to extradite senin", "asylum")]
    [InlineData("Which parties voted for the Ukraine mission resolution?", "Democratic Front")]
    [InlineData("what did the three ipsos polls in 2015 show, trend wise", "53.4")]
    [InlineData("When did Montenegro join Western sanctions against Russia?", "2014")]
    [InlineData("Who is Dmitry Senin?", "FSB")]
    public void The_questions_the_same_sentences_answer_stay_answered(string question, string expected)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did Croatia say about the parliament's vote on the Ukraine mission?")]
    [InlineData("What did Serbia's government say about the vote on the Ukraine mission?")]
    public void What_another_country_said_is_not_answered_with_what_someone_else_said(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("What did Russia say about the vote on the Ukraine mission?", "Western line")]
    [InlineData("How many days after Russia did the United Kingdom recognise Montenegro?", "2 days")]
    public void A_country_named_in_the_answer_or_only_as_a_reference_point_still_gets_its_answer(string question, string expected)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_no_to_a_yes_no_question_on_a_denied_premise_is_still_given()
    {
        var answer = fixture.Hybrid.Ask("Was the Democratic Front against the resolution?");

        Assert.StartsWith("No.", answer.Text, StringComparison.Ordinal);
    }
}
