namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Computed answers built on the event the question names: a comparison's side, a duration's earlier half, a yes/no's
/// claim, each part of a multi-part question, and one act done by each of two states.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class RightEventTests(KnowledgeFixture fixture)
{
    private static string Lead(string text) => text.Split('\n')[0];

    [Theory]
    [InlineData("What happened first: Montenegro joining PfP or signing the transit deal with NATO?")]
    [InlineData("Which came first: Montenegro joining PfP or adopting the Individual Partnership Action Plan?")]
    public void Joining_a_programme_is_the_timeline_row_not_the_earlier_application(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2006", Lead(answer.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("2003", Lead(answer.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_told_by_the_article_and_the_timeline_is_told_in_the_article_words()
    {
        var answer = fixture.Engine.Ask("Which was earlier, Montenegro entering Intensified Dialogue or adopting its Individual Partnership Action Plan?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("entered Intensified Dialogue", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How long did it take Montenegro to obtain the Membership Action Plan after applying for it?")]
    [InlineData("How long did it take to get the MAP after Montenegro applied for it?")]
    public void Time_to_get_something_after_applying_for_it_ends_at_the_grant(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("13 months", Lead(answer.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_whose_names_the_evidence_states_with_other_ties_gets_a_yes()
    {
        var answer = fixture.Engine.Ask("Did Montenegro join the western sanctions against Russia?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Yes.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_that_turns_who_did_it_to_whom_gets_no_yes()
    {
        var answer = fixture.Engine.Ask("Did Russia join the sanctions against Montenegro?");

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }

    [Fact]
    public void A_later_part_that_ties_itself_to_the_earlier_one_is_answered()
    {
        var answer = fixture.Engine.Ask("Whom did the six senators meet in August 2006, and what was Rumsfeld seeking when he visited afterwards?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Vujanović", answer.Text, StringComparison.Ordinal);
        Assert.Contains("War on Terror", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_after_a_name_the_question_gives_means_that_person()
    {
        var answer = fixture.Engine.Converse("Whom did the US senators meet in 2006?", "what was Rumsfeld seeking when he came?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("War on Terror", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who opened an embassy first, Montenegro or China?")]
    [InlineData("Which country set up an embassy in the other first: Montenegro or China?")]
    [InlineData("Did China or Montenegro open its embassy first?")]
    public void Which_of_two_states_did_a_thing_first_compares_each_state_own_act(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("First, China:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2006", Lead(answer.Text), StringComparison.Ordinal);
        Assert.Contains("November 13, 2007", Lead(answer.Text), StringComparison.Ordinal);
    }
}
