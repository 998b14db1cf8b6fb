namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Near misses that the sources come close to but do not answer: the decline says what the sources do say, and no passage
/// that only shares the question's words stands in for the answer.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class TruthfulDeclineTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("When exactly was Dmitry Senin granted asylum in Montenegro?")]
    [InlineData("when was senin granted asylum")]
    [InlineData("In what year was Senin granted asylum?")]
    public void When_the_sources_state_an_event_without_its_date_the_decline_says_so(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.False(answer.Answered, answer.Text);
        Assert.StartsWith("My sources don't say when. They say that Dmitry Senin had been granted asylum", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Sources);
    }

    [Fact]
    public void A_dated_event_is_still_answered_with_its_date()
    {
        var answer = fixture.Engine.Ask("When did Montenegro refuse to extradite Dmitry Senin?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("August 2023", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what year did Senin flee Russia?")]
    [InlineData("In which year did Dmitry Senin run away from Russia?")]
    public void A_year_asked_of_one_part_of_a_sentence_gets_that_parts_date(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2017", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("August 2023", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which country became NATO's 30th member after Montenegro?", "30th member")]
    [InlineData("who was the 31st state to join the alliance", "31st state")]
    public void A_rank_the_sources_never_give_is_declined_by_name(string question, string rank)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.False(answer.Answered, answer.Text);
        Assert.StartsWith($"My sources don't say which was the {rank}.", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Montenegro was the 336th entry on which list?", "DXCC")]
    [InlineData("Was Montenegro NATO's 30th member?", "29th")]
    [InlineData("which countries recognised montenegro on june 14th 2006", "China")]
    public void A_rank_the_sources_state_or_a_day_of_the_month_is_still_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which Chinese ambassador opened the embassy in Podgorica in 2006?")]
    [InlineData("which canadian ambassador in belgrade covers montenegro?")]
    public void A_role_holder_asked_with_which_is_not_answered_by_a_text_naming_no_one_in_that_role(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("which US defense secretary visited Montenegro in 2006?", "Rumsfeld")]
    [InlineData("what did NATO secretary general Rasmussen say about Montenegro in 2014?", "intensified talks")]
    public void A_role_holder_the_text_names_or_a_role_that_only_says_who_spoke_is_still_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("before it had an embassy in podgorica, what kind of mission did china have there?", "consulate")]
    public void A_kind_asked_by_its_class_word_is_answered_by_a_text_naming_one_of_that_kind(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_did_a_poll_the_table_names_no_firm_for_is_a_decline()
    {
        var answer = fixture.Engine.Ask("who did the october 2014 nato poll");
        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("don't say who carried out that poll", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_why_question_is_not_answered_by_a_passage_that_gives_no_cause()
    {
        var answer = fixture.Engine.Ask("Why was Spain the last member to ratify Montenegro's accession?");
        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void A_contraction_typed_without_its_apostrophe_does_not_count_against_the_question()
    {
        var answer = fixture.Engine.Ask("why didnt nato offer membership to anyone in 2014 according to analysts");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Crimea", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How much did the government's pro-NATO campaign cost?")]
    [InlineData("How much money did the government spend on the pro-NATO campaign?")]
    [InlineData("How much did Chinese companies invest in Montenegro in 2015?")]
    public void A_sum_of_money_the_sources_do_not_give_is_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void A_sum_of_money_the_sources_give_is_answered()
    {
        var answer = fixture.Engine.Ask("how much was china montenegro trade worth in 2015");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("160,385,964 euros", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many Montenegrin soldiers were killed in Afghanistan?", "killed")]
    [InlineData("When was GRU officer Igor Zaytsev arrested?", "arrested")]
    [InlineData("Was Igor Zaytsev ever arrested?", "arrested")]
    [InlineData("where was igor zaytsev arrested", "arrested")]
    [InlineData("who got arrested over the 2016 coup plot in montenegro", "arrested")]
    public void An_event_no_source_names_is_declined_though_its_people_and_places_are_known(string question, string verb)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.False(answer.Answered, answer.Text);
        Assert.Contains($"never say that anyone or anything was {verb}", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many polls in the table were carried out by DAMAR?", "DAMAR")]
    [InlineData("who was the letter extending Canada's recognition addressed to?", "Vlahović")]
    [InlineData("How many soldiers were deployed to Afghanistan in 2010?", "40 soldiers")]
    public void A_phrasal_verb_a_describing_participle_or_a_known_event_is_still_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_the_question_names_must_be_the_day_of_the_answer()
    {
        var answer = fixture.Engine.Ask("Which country ratified Montenegro's accession on 18 May 2017?");
        Assert.False(answer.Answered, answer.Text);
        Assert.DoesNotContain("Spain", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_happened_on_a_named_day_is_still_answered()
    {
        var answer = fixture.Engine.Ask("What happened in Montenegro on 16 October 2016?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("coup", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_holder_of_an_office_the_sources_never_name_is_not_someone_holding_another()
    {
        var answer = fixture.Engine.Ask("Who was Montenegro's defence minister at the time of the Ukraine mission vote?");
        Assert.False(answer.Answered, answer.Text);
        Assert.DoesNotContain("Mandic", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who was the speaker of parliament at the time of the ukraine mission vote", "Andria Mandic")]
    [InlineData("who was prime minister when the coup was attempted", "Đukanović")]
    public void The_holder_of_an_office_the_sources_name_is_answered(string question, string person)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(person, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_name_of_an_officer_the_sources_leave_unnamed_is_declined_in_a_conversation()
    {
        var first = fixture.Engine.Ask("who was involved in the 2016 coup plot?");
        var answer = fixture.Engine.Ask("what was that intelligence officer's name?", Frames.Conversation.Empty.With(first.Turn!));
        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void The_name_of_an_office_holder_the_sources_give_after_the_title_is_answered()
    {
        var answer = fixture.Engine.Ask("the nato boss who talked about intensified talks with montenegro in 2014 - whats his name");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Rasmussen", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many Montenegrin soldiers served in Liberia?", "served")]
    public void What_the_counted_ones_did_is_the_event_asked_about(string question, string verb)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.False(answer.Answered, answer.Text);
        Assert.Contains($"never say that anyone or anything {verb}", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_counted_ones_wanted_is_about_the_thing_wanted()
    {
        var answer = fixture.Engine.Ask("how many people wanted a nato referendum held according to strategic marketing");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("72%", answer.Text, StringComparison.Ordinal);
    }
}
