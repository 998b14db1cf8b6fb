namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question that asks several things gets each answered: a part opened by a preposition ("and at which summit"), and
/// "the dates of A, B and C", one date each. A relative clause between commas is no question of its own.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class MultiPartQuestionTests(KnowledgeFixture fixture)
{
    [Fact]
    public void A_part_opened_by_a_preposition_is_answered_too()
    {
        var answer = fixture.Engine.Ask("Which ministers from Slovenia signed the May 2014 letter, and at which summit did they expect an invitation?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Erjavec", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Wales", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dates_of_several_listed_events_are_given_one_each()
    {
        var answer = fixture.Engine.Ask("Give me the date of the independence referendum, the independence declaration and NATO membership.");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("21 May 2006", answer.Text, StringComparison.Ordinal);
        Assert.Contains("3 June 2006", answer.Text, StringComparison.Ordinal);
        Assert.Contains("5 June 2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_clause_between_commas_is_not_a_question_of_its_own()
    {
        var answer = fixture.Engine.Ask("What was the name of the Russian officer, formerly expelled from Poland, who was involved in the coup plot?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void Questions_listed_with_commas_are_still_answered_part_by_part()
    {
        var split = Answering.MultiPartQuestion.Split(
            "When did Dmitry Senin flee Russia, when did Montenegro refuse to extradite him, and how many years apart were those events?",
            fixture.Engine.Knowledge.Lexicon);

        Assert.NotNull(split);
        Assert.Equal(3, split.Value.Parts.Count);
    }

    [Fact]
    public void A_writers_lead_in_before_a_colon_is_not_put_into_every_part()
    {
        var answer = fixture.Engine.Ask("I need three dates: when Montenegro applied for the MAP, when NATO invited it, and when the US Senate voted.");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("5 November 2008", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2 December 2015", answer.Text, StringComparison.Ordinal);
        Assert.Contains("28 March 2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_topic_before_a_colon_is_still_every_parts()
    {
        var split = Answering.MultiPartQuestion.Split(
            "Adriatic Charter: when was Montenegro invited and when did it become a full member?", fixture.Engine.Knowledge.Lexicon);

        Assert.NotNull(split);
        Assert.All(split.Value.Parts, part => Assert.StartsWith("Adriatic Charter:", part, StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_question_joined_by_a_bare_and_is_asked_of_the_person_the_first_names()
    {
        const string question = "who said montenegro would be a target for russian missiles and which party is he from";
        var answer = fixture.Engine.Ask(question);

        // Both parts are answered by the one sentence, which is then told once rather than once a part.
        Assert.Equal(2, Answering.MultiPartQuestion.Split(question, fixture.Engine.Knowledge.Lexicon)?.Parts.Count);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Degtyarev", answer.Text, StringComparison.Ordinal);
        Assert.Contains("LDPR", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_and_before_a_question_that_points_back_splits_the_question()
    {
        var split = Answering.MultiPartQuestion.Split("who ran the nato poll in nov 2008 and what did it find", fixture.Engine.Knowledge.Lexicon);

        Assert.NotNull(split);
        Assert.Equal(["who ran the nato poll in nov 2008?", "what did it find?"], split.Value.Parts);
    }
}
