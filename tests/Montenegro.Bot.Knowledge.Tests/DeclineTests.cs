namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class DeclineTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("What is the capital of France?")]
    [InlineData("How do I bake sourdough bread?")]
    [InlineData("What is the capital of Montenegro?")]
    [InlineData("Who is the president of Russia?")]
    [InlineData("Who won the 2018 World Cup?")]
    [InlineData("Who is the NATO secretary general now?")]
    [InlineData("When did Croatia join NATO?")]
    [InlineData("When was NATO founded?")]
    [InlineData("What currency does Montenegro use?")]
    public void Out_of_scope_questions_are_declined_not_answered_with_a_loose_passage(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("don't cover", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Suggestions);
    }

    [Theory]
    [InlineData("When did North Macedonia join NATO?", "When did Montenegro join NATO?", "5 June 2017")]
    [InlineData("On what exact date did the Montenegrin parliament vote on the NATO Ukraine training mission?", "How did parliament vote on the NATO mission for Ukraine?", "44 votes")]
    [InlineData("How many MPs voted for sending personnel to the EU mission for Ukraine in June?", "How did parliament vote on the NATO mission for Ukraine?", "44 votes")]
    [InlineData("When did France and Montenegro establish diplomatic relations?", "When did France recognise Montenegro?", "14 June")]
    [InlineData("When did China and Montenegro sign a trade agreement?", "How much did China and Montenegro trade in 2015?", "160,385,964")]
    public void A_question_that_only_shares_a_subject_of_the_sources_is_declined_while_the_subject_itself_is_answered(string question, string aboutTheSubject, string answer)
    {
        var declined = fixture.Engine.Ask(question);
        var answered = fixture.Engine.Ask(aboutTheSubject);

        Assert.False(declined.Answered, declined.Text);
        Assert.True(answered.Answered, answered.Text);
        Assert.Contains(answer, answered.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When did Japan recognise Montenegro?", "Japan")]
    [InlineData("When did Brazil recognize Montenegro?", "Brazil")]
    public void Recognition_question_for_unknown_country_is_declined(string question, string country)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.False(answer.Answered);
        Assert.Contains($"don't say when {country} recognised", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Russia (11 June 2006)", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognition_by_montenegro_of_another_state_is_declined_in_the_right_direction()
    {
        var answer = fixture.Engine.Ask("When did Montenegro recognize Kosovo?");
        Assert.False(answer.Answered);
        Assert.Contains("whether or when Montenegro recognised Kosovo", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ratification_by_an_ally_the_source_does_not_name_is_declined()
    {
        var answer = fixture.Engine.Ask("When did Germany ratify Montenegro's accession to NATO?");
        Assert.False(answer.Answered);
        Assert.Contains("country names were lost", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Which_ally_ratified_first_is_declined_because_the_table_lost_the_names()
    {
        var answer = fixture.Engine.Ask("Which ally was the earliest to ratify Montenegro joining NATO?");
        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("2016-06-23", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Which_ally_completed_the_ratifications_is_the_one_the_text_names()
    {
        var answer = fixture.Engine.Ask("Which state's ratification finished off the allies' approval of Montenegro's membership?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Spain", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_date_of_the_last_allied_ratification_is_the_tables_latest()
    {
        var answer = fixture.Engine.Ask("On what date did the last ally ratify, according to the timeline table?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2017-05-18", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many nato countries does montenegro have relations with")]
    [InlineData("Name the NATO allies listed among Montenegro's relations.")]
    public void The_list_of_relations_with_NATO_member_states_is_counted_from_its_own_heading(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("31 NATO member states", answer.Text, StringComparison.Ordinal);
        Assert.Contains("United States", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_missing_list_of_relations_is_reported_missing_not_filled_in()
    {
        var answer = fixture.Engine.Ask("Which countries does Montenegro have diplomatic relations with?");
        Assert.False(answer.Answered);
        Assert.Contains("did not survive", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Germany", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_poll_outside_the_sources_years_is_declined()
    {
        var answer = fixture.Engine.Ask("What did the 2021 poll on NATO membership show?");
        Assert.False(answer.Answered);
        Assert.Contains("no poll", answer.Text, StringComparison.Ordinal);
    }
}
